/**
 * Ruled tables from a page's rules (lattice mode): rules that touch form a grid; a grid
 * whose sides are closed is a table (its top or foot may be open where a page break cuts it). Its cells are the grid's, joined where the rule
 * between two neighbours is missing (a merged cell). Text then goes into cells by position,
 * so how it is aligned inside a cell no longer matters.
 */
import type { Segment } from './types';

/** Rules this close (points) are one: double borders, and a rule meeting another's end. */
const TOL = 2;
/** The frame's sides cover at least this share of the table's width and height. */
const FRAME_SHARE = 0.9;

export interface TableCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface RuledTable {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  nRows: number;
  nCols: number;
  /** Merged cells once each, by their first row and column. */
  cells: TableCell[];
}

/** Positions within TOL of each other as one (their mean), ascending. */
function cluster(values: number[]): number[] {
  const out: number[][] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

const touches = (h: Segment, v: Segment) =>
  v.x0 >= h.x0 - TOL && v.x0 <= h.x1 + TOL && h.y0 >= v.y0 - TOL && h.y0 <= v.y1 + TOL;

/** Connected groups of level and plumb rules (union-find over crossings and touching ends). */
function components(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  h.forEach((a, i) =>
    v.forEach((b, j) => {
      if (touches(a, b)) parent[find(i)] = find(h.length + j);
    }),
  );
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  [...h, ...v].forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (i < h.length ? g.h : g.v).push(s);
    groups.set(find(i), g);
  });
  return [...groups.values()];
}

/** Collinear rules that meet or overlap as one (a border drawn cell by cell is one rule). */
function joinCollinear(rules: Segment[], level: boolean): Segment[] {
  const at = (s: Segment) => (level ? s.y0 : s.x0);
  const [lo, hi] = level ? (['x0', 'x1'] as const) : (['y0', 'y1'] as const);
  const out: Segment[] = [];
  for (const s of [...rules].sort((a, b) => at(a) - at(b) || a[lo] - b[lo])) {
    const same = out.find((o) => Math.abs(at(o) - at(s)) <= TOL / 2 && s[lo] <= o[hi] + TOL && s[hi] >= o[lo] - TOL);
    if (same) same[hi] = Math.max(same[hi], s[hi]);
    else out.push({ ...s });
  }
  return out;
}

/** A rule at `at` (within TOL) covering the point `mid` along it. */
const covered = (rules: Segment[], at: number, mid: number, level: boolean) =>
  rules.some((s) =>
    level
      ? Math.abs(s.y0 - at) <= TOL && s.x0 - TOL <= mid && mid <= s.x1 + TOL
      : Math.abs(s.x0 - at) <= TOL && s.y0 - TOL <= mid && mid <= s.y1 + TOL,
  );

/** Length of `rules` at `at` covering [lo, hi]. */
function coverage(rules: Segment[], at: number, lo: number, hi: number, level: boolean): number {
  const spans = rules
    .filter((s) => Math.abs((level ? s.y0 : s.x0) - at) <= TOL)
    .map((s) => (level ? [Math.max(lo, s.x0), Math.min(hi, s.x1)] : [Math.max(lo, s.y0), Math.min(hi, s.y1)]))
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = lo;
  for (const [a, b] of spans) {
    total += Math.max(0, b - Math.max(a, end));
    end = Math.max(end, b);
  }
  return total;
}

function gridOf(h: Segment[], v: Segment[]): RuledTable | null {
  const xs = cluster(v.map((s) => s.x0));
  if (xs.length < 2) return null;
  const [x0, x1] = [xs[0], xs[xs.length - 1]];
  const sides = v.filter((s) => Math.abs(s.x0 - x0) <= TOL || Math.abs(s.x0 - x1) <= TOL);
  const [y0, y1] = [
    Math.min(...h.map((s) => s.y0), ...sides.map((s) => s.y0)),
    Math.max(...h.map((s) => s.y0), ...sides.map((s) => s.y1)),
  ];
  const closed =
    coverage(v, x0, y0, y1, false) >= FRAME_SHARE * (y1 - y0) &&
    coverage(v, x1, y0, y1, false) >= FRAME_SHARE * (y1 - y0);
  // Its top or its foot ruled over every column (boxes joined by a connector leave the gap between them open at both).
  const ruledOver = (y: number) => xs.slice(1).every((x, c) => covered(h, y, (xs[c] + x) / 2, true));
  if (!closed || !(ruledOver(y0) || ruledOver(y1))) return null;
  // A table cut by a page break has no rule at its open end: the sides close it.
  for (const y of [y0, y1]) if (!ruledOver(y)) h = [...h, { x0, x1, y0: y, y1: y }];
  const ys = cluster(h.map((s) => s.y0));
  if (ys.length < 3) return null;
  const [nRows, nCols] = [ys.length - 1, xs.length - 1];
  const id = (r: number, c: number) => r * nCols + c;
  const parent = Array.from({ length: nRows * nCols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const [my, mx] = [(ys[r] + ys[r + 1]) / 2, (xs[c] + xs[c + 1]) / 2];
      if (c + 1 < nCols && !covered(v, xs[c + 1], my, false)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < nRows && !covered(h, ys[r + 1], mx, true)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const spans = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const k = find(id(r, c));
      const s = spans.get(k);
      if (!s) spans.set(k, { r0: r, c0: c, r1: r, c1: c });
      else
        Object.assign(s, {
          r0: Math.min(s.r0, r),
          c0: Math.min(s.c0, c),
          r1: Math.max(s.r1, r),
          c1: Math.max(s.c1, c),
        });
    }
  }
  const cells = [...spans.values()]
    .map((s) => ({
      row: s.r0,
      col: s.c0,
      rows: s.r1 - s.r0 + 1,
      cols: s.c1 - s.c0 + 1,
      x0: xs[s.c0],
      y0: ys[s.r0],
      x1: xs[s.c1 + 1],
      y1: ys[s.r1 + 1],
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return cells.length >= 2 ? { x0, y0: ys[0], x1, y1: ys[ys.length - 1], nRows, nCols, cells } : null;
}

/** The page's ruled tables, top to bottom. */
export function ruledTables(h: Segment[], v: Segment[]): RuledTable[] {
  return components(joinCollinear(h, true), joinCollinear(v, false))
    .map((g) => gridOf(g.h, g.v))
    .filter((t): t is RuledTable => !!t)
    .sort((a, b) => a.y0 - b.y0);
}
