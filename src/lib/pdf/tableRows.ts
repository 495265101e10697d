import { ITEM_START_RE, joinText } from './cjk';
import { CELL_WRAP_EM } from './thresholds';
import type { Fragment, Line } from './types';

/** Column of a fragment: the last column whose left edge it starts at or after. */
const columnOf = (f: Fragment, edges: number[]) => edges.reduce((c, e, i) => (f.x0 >= e - 3 ? i : c), 0);

/** Wrapped lines of one cell (close together, not starting a new item) become one fragment. */
function joinWrapped(frags: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const f of frags) {
    const prev = out[out.length - 1];
    if (prev && f.y - prev.y <= CELL_WRAP_EM * f.size && !ITEM_START_RE.test(f.text)) {
      out[out.length - 1] = { ...prev, text: joinText(prev.text, f.text, true), x1: Math.max(prev.x1, f.x1) };
    } else out.push({ ...f });
  }
  return out;
}

/**
 * First rows of a column's merged cells. A merged cell's text sits at the top of its rows or
 * centred on them; the cells cover the rows in order. Dynamic programming over where each
 * cell starts, costing each cell by how far its text is from both placements.
 */
function spanStarts(ys: number[], rows: number[]): number[] {
  const m = ys.length;
  const n = rows.length;
  if (m >= n) return ys.map((y) => rows.reduce((b, r, i) => (Math.abs(r - y) < Math.abs(rows[b] - y) ? i : b), 0));
  const cost = (k: number, s: number, e: number) =>
    Math.min(Math.abs(ys[k] - rows[s]), Math.abs(ys[k] - (rows[s] + rows[e]) / 2));
  const dp: number[][] = Array.from({ length: m }, () => new Array(n).fill(Infinity));
  const from: number[][] = Array.from({ length: m }, () => new Array(n).fill(-1));
  dp[0][0] = 0;
  for (let k = 0; k + 1 < m; k++) {
    for (let s = 0; s < n; s++) {
      if (dp[k][s] === Infinity) continue;
      for (let t = s + 1; t < n; t++) {
        const c = dp[k][s] + cost(k, s, t - 1);
        if (c < dp[k + 1][t]) [dp[k + 1][t], from[k + 1][t]] = [c, s];
      }
    }
  }
  let best = m - 1;
  for (let s = m - 1; s < n; s++)
    if (dp[m - 1][s] + cost(m - 1, s, n - 1) < dp[m - 1][best] + cost(m - 1, best, n - 1)) best = s;
  const starts = [best];
  for (let k = m - 1; k > 0; k--) starts.unshift(from[k][starts[0]]);
  return starts;
}

/** A header cell names a column (基本目標, 施策); a numbered cell is already an item. */
const NUMBERED_RE = /[0-9０-９①-⑳㉑-㊿ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]/u;

/**
 * A table's lines → one tab-separated row per table row, a merged cell's text in its first
 * row and empty below, as a reader of the chart would copy it out. A chart without a header
 * row (boxes joined by lines) reads row by row, one cell a line, each merged cell once.
 */
export function tableRows(lines: Line[], edges: number[] = lines[0].frags.map((f) => f.x0)): string[] {
  const header = !lines[0].frags.some((f) => NUMBERED_RE.test(f.text));
  const cols: Fragment[][] = edges.map(() => []);
  for (const l of header ? lines.slice(1) : lines) for (const f of l.frags) cols[columnOf(f, edges)].push(f);
  const cells = cols.map((c) => joinWrapped(c.sort((a, b) => a.y - b.y)));
  const leaf = cells.reduce((b, c, i) => (c.length >= cells[b].length ? i : b), 0);
  const rowYs = cells[leaf].map((f) => f.y);
  const grid: string[][] = rowYs.map(() => edges.map(() => ''));
  cells.forEach((c, col) => {
    if (!c.length) return;
    const starts =
      col === leaf
        ? rowYs.map((_, i) => i)
        : spanStarts(
            c.map((f) => f.y),
            rowYs,
          );
    c.forEach((f, k) => (grid[starts[k]][col] = joinText(grid[starts[k]][col], f.text, true)));
  });
  if (!header) return grid.flatMap((r) => r.filter(Boolean));
  const headRow = edges.map(() => '');
  for (const f of lines[0].frags) headRow[columnOf(f, edges)] = f.text;
  return [headRow.join('\t'), ...grid.map((r) => r.join('\t').replace(/\t+$/, ''))];
}
