import type { Plan } from '../plan/schema';
import { PlanTree, levelOf } from '../plan/hierarchy';
import { csvText } from './csvText';

/**
 * The plan as a spreadsheet: one row per node (the root is the 基本理念), with its path from
 * the top, and the page of the PDF it was read from (empty for text). Written by `csvText`: a
 * BOM for Excel, and titles that look like formulas kept as text.
 */
export function toCsv(plan: Plan): string {
  const rows = [['id', 'path', 'level', 'code', 'title', 'tags', 'description', 'page']];
  const tree = new PlanTree(plan.root);
  for (const d of tree.inOrder()) {
    const n = d.data;
    rows.push([
      n.id,
      tree
        .path(n)
        .slice(1)
        .map((a) => a.title)
        .join(' › '),
      levelOf(d),
      n.code,
      n.title,
      n.tags.join(' '),
      n.description,
      n.page ? String(n.page) : '',
    ]);
  }
  return csvText(rows);
}
