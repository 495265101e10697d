import Papa from 'papaparse';
import type { Plan } from '../plan/schema';
import type { PlanTree } from '../plan/hierarchy';
import type { Evaluation } from './readProgress';

/** Excel opens UTF-8 Japanese correctly only with a BOM; rows end in CRLF as Excel writes them. */
const toCsv = (rows: string[][]) => `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;

/**
 * 評価シートのひな形: one row per item at the plan's lowest level (the 取組), with the year to
 * fill in, an empty 評価 and the item's title to recognise it (項目 is ignored when read back).
 */
export function progressTemplate(plan: Plan, tree: PlanTree, year: number): string {
  const leaves = tree.inOrder().filter((d) => !d.children);
  return toCsv([['id', '年度', '評価', 'メモ', '指標', '目標値', '実績値', '項目'], ...leaves.map((d) => [d.data.id, String(year), '', '', '', '', '', `${d.data.code ? `${d.data.code} ` : ''}${d.data.title}`])]);
}

/** The loaded evaluations in the same format, for the council's records. */
export function progressCsv(evaluations: readonly Evaluation[]): string {
  return toCsv([['id', '年度', '評価', 'メモ', '指標', '目標値', '実績値'], ...evaluations.map((e) => [e.id, String(e.year), e.symbol, e.memo, e.indicator ?? '', e.target ?? '', e.actual ?? ''])]);
}
