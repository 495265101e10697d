import type { PlanNode } from '../plan/schema';

/** One line naming a node for screen readers and tooltips: 基本目標 1 地域を支える環境づくり(重点). */
export function describeNode(n: PlanNode): string {
  const head = [n.level, n.code].filter(Boolean).join(' ');
  const tags = n.tags.length ? `(${n.tags.join('・')})` : '';
  return `${head ? `${head} ` : ''}${n.title}${tags}`;
}
