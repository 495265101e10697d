import type { PlanNode } from '../plan/schema';
import type { Grade } from '../progress/scales';

/** One line naming a node for screen readers and tooltips: 基本目標 1 地域を支える環境づくり(重点)、評価 A(計画どおり). */
export function describeNode(n: PlanNode, grade: Grade | null = null): string {
  const head = [n.level, n.code].filter(Boolean).join(' ');
  const tags = n.tags.length ? `(${n.tags.join('・')})` : '';
  const status = grade ? `、評価 ${grade.symbol}(${grade.words})` : '';
  return `${head ? `${head} ` : ''}${n.title}${tags}${status}`;
}
