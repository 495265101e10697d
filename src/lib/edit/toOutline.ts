import { PlanTree } from '../plan/hierarchy';
import type { Plan, PlanNode } from '../plan/schema';

/** Headings carry depths 1–5 (## … ######); deeper items are list items under the last heading. */
const HEADING_DEPTHS = 5;

function itemLine(n: PlanNode, depth: number): string {
  const body = [n.level, n.code, n.title, ...n.tags.map((t) => `【${t}】`)].filter(Boolean).join(' ');
  return depth <= HEADING_DEPTHS
    ? `${'#'.repeat(depth + 1)} ${body}`
    : `${'  '.repeat(depth - HEADING_DEPTHS - 1)}- ${body}`;
}

/**
 * The plan in the project's Markdown outline format (docs/staff.md「手で書くためのアウトライン形式」):
 * compiling it gives the same hierarchy. Descriptions are written as quoted lines, which the
 * outline reader keeps as the description of the item above.
 */
export function toOutline(plan: Plan): string {
  const front = [
    '---',
    '形式: アウトライン',
    `id: ${plan.id}`,
    ...(
      [
        ['団体', plan.council],
        ['市町村', plan.municipality],
        ['都道府県', plan.prefecture],
        ['計画名', plan.title],
        ['期間', plan.period?.label ?? ''],
      ] as const
    )
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}: ${v}`),
    '---',
  ];
  const body: string[] = plan.vision ? [`# 基本理念: ${plan.vision}`, ''] : [];
  for (const d of new PlanTree(plan.root).inOrder()) {
    if (!d.parent) continue;
    if (d.depth === 1 && body.length) body.push('');
    body.push(itemLine(d.data, d.depth));
    for (const l of d.data.description.split('\n').filter((x) => x.trim())) body.push(`> ${l}`);
  }
  return `${[...front, ...body].join('\n')}\n`;
}
