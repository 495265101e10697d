import type { Plan } from '../plan/schema';
import type { PlanTree } from '../plan/hierarchy';
import { ID_PREFIX, type Evaluation } from './readProgress';
import { csvText } from '../export/csvText';

/**
 * Ids as the sheets write them: 「No.1-1」, a form every spreadsheet keeps as text when a person
 * opens the file and saves it again (a bare 1-1 becomes 1月1日, 1-2-3 becomes 2001/2/3). The
 * reader takes ids with or without it.
 */
const sheetId = (id: string) => `${ID_PREFIX}${id}`;

/**
 * 評価シートのひな形: one row per item at the plan's lowest level (the 取組), with the year to
 * fill in, an empty 評価 and the item's title beside it to recognise it (and to find the row's
 * item should its id be lost). Rows left without an evaluation are skipped when read back.
 */
export function progressTemplate(plan: Plan, tree: PlanTree, year: number): string {
  const leaves = tree.inOrder().filter((d) => !d.children);
  return csvText([
    ['id', '年度', '評価', 'メモ', '指標', '目標値', '実績値', '項目'],
    ...leaves.map((d) => [
      sheetId(d.data.id),
      String(year),
      '',
      '',
      '',
      '',
      '',
      `${d.data.code ? `${d.data.code} ` : ''}${d.data.title}`,
    ]),
  ]);
}

/** The loaded evaluations in the same format, for the council's records. */
export function progressCsv(evaluations: readonly Evaluation[]): string {
  return csvText([
    ['id', '年度', '評価', 'メモ', '指標', '目標値', '実績値'],
    ...evaluations.map((e) => [
      sheetId(e.id),
      String(e.year),
      e.symbol,
      e.memo,
      e.indicator ?? '',
      e.target ?? '',
      e.actual ?? '',
    ]),
  ]);
}
