/**
 * A table from a document or a sheet → lines in the compiler's 体系図 table form: one line per
 * row, cells separated by tabs, a merged cell's text in its first row and column and empty
 * cells where the merge continues. The chart starts at the row naming its levels (基本目標 |
 * 施策 | 取組); rows above it (a title, 「基本理念 | …」) become plain lines, one cell a line, and
 * so does every cell of a table without such a row whose rows never hold three cells (a table
 * of labels and values, a table used for layout).
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

/** Word's widest table is 63 columns; a span from the file past this is a broken or hostile file. */
export const MAX_SPAN = 64;

/** A span read from a file (gridSpan) as a whole number of columns from 1 to MAX_SPAN. */
export const clampSpan = (span: number): number => Math.min(MAX_SPAN, Math.max(1, Math.floor(span) || 1));

/** Rows of cells → rows of grid columns, merged columns and continued cells left empty. */
export function gridRows(rows: TableCell[][]): string[][] {
  return rows.map((cells) =>
    cells.flatMap((c) => [c.continues ? '' : c.text.trim(), ...Array<string>(clampSpan(c.span) - 1).fill('')]),
  );
}

const filled = (row: string[]) => row.filter(Boolean).length;

function trimEnd(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && !row[end - 1]) end--;
  return row.slice(0, end);
}

const plainLines = (grid: string[][], from: number, to: number, origin: (row: number) => string): SourceLine[] =>
  grid.slice(from, to).flatMap((r, i) => r.filter(Boolean).map((text) => ({ text, origin: origin(from + i) })));

/** The row that names the chart's levels (every filled cell a level word, two or more), or -1. */
const headerRow = (grid: string[][]) =>
  grid.findIndex((r) => filled(r) >= 2 && r.filter(Boolean).every((c) => HEADER_WORD.test(c)));

export function tableLines(rows: TableCell[][], origin: (row: number) => string): SourceLine[] {
  const grid = gridRows(rows);
  const header = headerRow(grid);
  // Above a header row: titles and label–value rows (「基本理念 | …」), one cell a line.
  // Without one: a chart only when some row holds three cells or more.
  const start =
    header >= 0 ? header : grid.some((r) => filled(r) >= 3) ? grid.findIndex((r) => filled(r) >= 2) : grid.length;
  const lines = plainLines(grid, 0, start, origin);
  if (lines.length && start < grid.length) lines.push({ text: '', origin: '' });
  for (let i = start; i < grid.length; i++) {
    const row = trimEnd(grid[i]);
    if (!row.length) continue;
    // A row keeps at least one tab, or the compiler would read it as the end of the table.
    lines.push({ text: row.length === 1 ? `${row[0]}\t` : row.join('\t'), origin: origin(i) });
  }
  return lines;
}
