/**
 * A table from a document or a sheet → lines in the compiler's 体系図 table form: one line per
 * row, cells separated by tabs, a merged cell's text in its first row and column and empty
 * cells where the merge continues. Title rows above the table (one filled cell) become plain
 * lines, and so does every cell of a table that is not a chart: one whose rows never hold more
 * than two cells (a label beside its value, 「基本理念 | …」) and whose first row does not name levels.
 */
import { HEADER_WORD } from './levelWords';
import type { SourceLine } from './types';

export interface TableCell {
  text: string;
  /** Grid columns the cell covers (gridSpan, a merged range's width). */
  span: number;
  /** The cell continues a vertical merge from the row above. */
  continues: boolean;
}

/** Rows of cells → rows of grid columns, merged columns and continued cells left empty. */
export function gridRows(rows: TableCell[][]): string[][] {
  return rows.map((cells) => cells.flatMap((c) => [c.continues ? '' : c.text.trim(), ...Array<string>(Math.max(0, c.span - 1)).fill('')]));
}

const filled = (row: string[]) => row.filter(Boolean).length;

function trimEnd(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && !row[end - 1]) end--;
  return row.slice(0, end);
}

export function tableLines(rows: TableCell[][], origin: (row: number) => string): SourceLine[] {
  const grid = gridRows(rows);
  const body = grid.filter((r) => filled(r) >= 2);
  const chart = body.some((r) => filled(r) >= 3) || (body.length > 0 && body[0].filter(Boolean).every((c) => HEADER_WORD.test(c)));
  if (!chart) {
    return grid.flatMap((r, i) => r.filter(Boolean).map((text) => ({ text, origin: origin(i) })));
  }
  const lines: SourceLine[] = [];
  let i = 0;
  for (; i < grid.length && filled(grid[i]) <= 1; i++) {
    const text = grid[i].find(Boolean);
    if (text) lines.push({ text, origin: origin(i) });
  }
  if (lines.length) lines.push({ text: '', origin: '' });
  for (; i < grid.length; i++) {
    const row = trimEnd(grid[i]);
    if (!row.length) continue;
    // A row keeps at least one tab, or the compiler would read it as the end of the table.
    lines.push({ text: row.length === 1 ? `${row[0]}\t` : row.join('\t'), origin: origin(i) });
  }
  return lines;
}
