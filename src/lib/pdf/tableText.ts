import { ITEM_START_RE, joinText } from './cjk';
import { pageLines } from './pageLines';
import type { RuledTable } from './ruledTables';
import type { Run } from './types';

/** Where a run's letters stand: the middle of its advance, a third of its size above the baseline. */
export const runPoint = (r: Run): [number, number] => [r.x + r.width / 2, r.y - r.size / 3];

const inside = (b: { x0: number; y0: number; x1: number; y1: number }, [x, y]: [number, number]) =>
  x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** A cell's runs → its text: lines in order, wrapped lines joined (Japanese without a space), each item mark on a new piece. */
export function cellText(runs: Run[]): string {
  return pageLines(runs).reduce((text, l) => {
    const line = l.frags.map((f) => f.text).join(' ');
    return !text ? line : ITEM_START_RE.test(line) ? `${text} ${line}` : joinText(text, line, true);
  }, '');
}

/**
 * A ruled table's cells with their text: one array per grid row, a merged cell's text in its
 * first row and column and empty below and beside it, as a reader would copy the chart out.
 * Rows left empty (their cells all continue ones above) are dropped.
 */
export function tableText(table: RuledTable, runs: Run[]): string[][] {
  const grid = Array.from({ length: table.nRows }, () => new Array<string>(table.nCols).fill(''));
  for (const c of table.cells) grid[c.row][c.col] = cellText(runs.filter((r) => inside(c, runPoint(r))));
  return grid.filter((row) => row.some(Boolean));
}
