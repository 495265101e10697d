/**
 * Tables a tagged PDF declares (Table → TR → TH/TD): which text is in which cell and row comes
 * from the structure, so neither rules nor alignment nor padding matter. Only a row shorter
 * than the others (its first cells merged into the ones above, which the tree does not say)
 * needs positions: each of its cells goes to the column its text stands in.
 */
import { cellText } from './tableText';
import type { Run, Tag } from './types';

export interface TaggedTable {
  y0: number;
  /** Rows of cell texts, a merged cell's text in its first row and empty below it (the 体系図 form). */
  rows: string[][];
}

type Cell = { tag: Tag; runs: Run[] };

const centre = (runs: Run[]) => (Math.min(...runs.map((r) => r.x)) + Math.max(...runs.map((r) => r.x + r.width))) / 2;

/** Each column's horizontal reach, from the rows that have every cell. */
function columnReach(full: Cell[][], n: number): { x0: number; x1: number }[] {
  return Array.from({ length: n }, (_, c) => {
    const runs = full.flatMap((row) => row.filter((x) => x.tag.cell === c).flatMap((x) => x.runs));
    return runs.length
      ? { x0: Math.min(...runs.map((r) => r.x)), x1: Math.max(...runs.map((r) => r.x + r.width)) }
      : { x0: NaN, x1: NaN };
  });
}

/**
 * The columns of a short row's cells: where each one's text stands among the full rows' columns,
 * kept left to right; where that cannot be told, the row's cells are the last ones (merged cells
 * of a 体系図 stand on its left).
 */
function placeShort(cells: Cell[], reach: { x0: number; x1: number }[], n: number): number[] {
  const missing = n - (cells[0]?.tag.rowCells ?? n);
  const fallback = cells.map((c) => c.tag.cell! + missing);
  const distance = (x: number, r: { x0: number; x1: number }) => (x < r.x0 ? r.x0 - x : x > r.x1 ? x - r.x1 : 0);
  const cols = cells.map((c) => {
    const x = centre(c.runs);
    let best = -1;
    reach.forEach((r, i) => {
      if (!Number.isNaN(r.x0) && (best < 0 || distance(x, r) < distance(x, reach[best]))) best = i;
    });
    return best;
  });
  const ordered = cols.every((c, i) => c >= 0 && (i === 0 || c > cols[i - 1]) && c >= cells[i].tag.cell!);
  return ordered ? cols : fallback;
}

function tableRows(cells: Cell[]): string[][] {
  const byRow = new Map<number, Cell[]>();
  for (const c of cells) byRow.set(c.tag.row!, [...(byRow.get(c.tag.row!) ?? []), c]);
  const rows = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, cs]) => cs.sort((a, b) => a.tag.cell! - b.tag.cell!));
  const n = Math.max(...cells.map((c) => c.tag.rowCells ?? 0));
  const full = rows.filter((r) => r[0].tag.rowCells === n);
  const reach = columnReach(full, n);
  return rows
    .map((row) => {
      const out = new Array<string>(n).fill('');
      const cols = row[0].tag.rowCells === n ? row.map((c) => c.tag.cell!) : placeShort(row, reach, n);
      row.forEach((c, i) => (out[cols[i]] = cellText(c.runs)));
      return out;
    })
    .filter((r) => r.some(Boolean));
}

/** A page's runs → the tables its tags declare, and the runs left to read by position. */
export function taggedTables(runs: Run[]): { tables: TaggedTable[]; rest: Run[] } {
  const byTable = new Map<number, Map<number, Cell>>();
  const rest: Run[] = [];
  for (const r of runs) {
    if (r.tag?.kind !== 'cell') {
      rest.push(r);
      continue;
    }
    const table = byTable.get(r.tag.table!) ?? new Map<number, Cell>();
    byTable.set(r.tag.table!, table);
    const cell = table.get(r.tag.block) ?? { tag: r.tag, runs: [] };
    table.set(r.tag.block, cell);
    cell.runs.push(r);
  }
  const tables = [...byTable.values()].map((cells) => {
    const all = [...cells.values()];
    return { y0: Math.min(...all.flatMap((c) => c.runs.map((r) => r.y - r.size))), rows: tableRows(all) };
  });
  return { tables, rest };
}
