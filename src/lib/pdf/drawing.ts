/**
 * A page's drawing (pdf.js's operator list) → the ruling lines and rectangles a reader sees:
 * what Tabula's and Camelot's lattice mode and pdfplumber read tables and boxes from.
 * Lines and stroked rectangles give rules; a filled rectangle thinner than THIN_PT is a rule
 * too (office suites and browsers draw borders that way); a larger one, or a closed stroked
 * path (rounded corners included), is a box. Clipping paths and diagonal lines are left out.
 * Output is in top-down page coordinates (points), as the text runs are.
 */
import type { Drawing, Rect, Segment } from './types';

/** Filled shapes thinner than this (points) are drawn rules. */
const THIN_PT = 2.5;
/** A straight edge this close to level or plumb (points) is a rule. */
const AXIS_TOL = 0.6;
/** Rules shorter than this (points) are glyph-like marks, not borders. */
const MIN_RULE_PT = 3;

/** pdf.js operator numbers the reader follows (pdfjs.OPS; passed in so this stays pure). */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

interface SubPath {
  pts: [number, number][];
  curved: boolean;
  closed: boolean;
}

/** pdf.js 5's path data (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath) → subpaths in page space. */
function subPaths(data: ArrayLike<number>, m: Matrix, top: number): SubPath[] {
  const out: SubPath[] = [];
  const at = (x: number, y: number): [number, number] => [
    m[0] * x + m[2] * y + m[4],
    top - (m[1] * x + m[3] * y + m[5]),
  ];
  let cur: SubPath | null = null;
  const ARGS = [2, 2, 6, 4, 0];
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    const n = ARGS[op];
    if (n === undefined) break; // an unknown path format: read no more of it
    if (op === 0 || !cur) out.push((cur = { pts: [], curved: false, closed: false }));
    if (op === 4) cur.closed = true;
    else {
      if (op >= 2) cur.curved = true;
      for (let k = 0; k < n; k += 2) cur.pts.push(at(data[i + k], data[i + k + 1]));
    }
    i += n;
  }
  return out.filter((s) => s.pts.length);
}

const bbox = (pts: [number, number][]) => {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
};

/** The straight, level or plumb edges of a subpath. */
function edges(s: SubPath): Segment[] {
  const pts = s.closed ? [...s.pts, s.pts[0]] : s.pts;
  const out: Segment[] = [];
  for (let i = 1; i < pts.length; i++) {
    const [[ax, ay], [bx, by]] = [pts[i - 1], pts[i]];
    if (Math.abs(ay - by) <= AXIS_TOL && Math.abs(ax - bx) >= MIN_RULE_PT)
      out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: ay, y1: ay });
    else if (Math.abs(ax - bx) <= AXIS_TOL && Math.abs(ay - by) >= MIN_RULE_PT)
      out.push({ x0: ax, x1: ax, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
  return out;
}

/** A closed shape whose corners all lie on its bounding box: a rectangle (however many points trace it). */
const rectilinear = (s: SubPath) => {
  const b = bbox(s.pts);
  return s.pts.every(
    ([x, y]) =>
      Math.abs(x - b.x0) <= AXIS_TOL ||
      Math.abs(x - b.x1) <= AXIS_TOL ||
      Math.abs(y - b.y0) <= AXIS_TOL ||
      Math.abs(y - b.y1) <= AXIS_TOL,
  );
};

function paint(s: SubPath, stroked: boolean, filled: boolean, out: Drawing): void {
  const b = bbox(s.pts);
  const [w, h] = [b.x1 - b.x0, b.y1 - b.y0];
  if (filled && !stroked && Math.min(w, h) <= THIN_PT) {
    if (Math.max(w, h) < MIN_RULE_PT) return;
    if (w >= h) out.h.push({ x0: b.x0, x1: b.x1, y0: (b.y0 + b.y1) / 2, y1: (b.y0 + b.y1) / 2 });
    else out.v.push({ x0: (b.x0 + b.x1) / 2, x1: (b.x0 + b.x1) / 2, y0: b.y0, y1: b.y1 });
    return;
  }
  if (stroked && !s.curved) for (const e of edges(s)) (e.y0 === e.y1 ? out.h : out.v).push(e);
  const closedShape =
    s.closed ||
    (s.pts.length >= 4 &&
      Math.hypot(s.pts[0][0] - s.pts[s.pts.length - 1][0], s.pts[0][1] - s.pts[s.pts.length - 1][1]) <= AXIS_TOL);
  if (closedShape && w > THIN_PT && h > THIN_PT && (s.curved || rectilinear(s)))
    out.rects.push({ ...b, stroked, filled } satisfies Rect);
}

/** Walks the operator list, following the transform through save/restore and form XObjects. */
export function pageDrawing(fnArray: ArrayLike<number>, argsArray: unknown[], ops: Ops, top: number): Drawing {
  const out: Drawing = { h: [], v: [], rects: [] };
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const STROKE = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const FILL = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(m);
    else if (fn === ops.restore) m = stack.pop() ?? m;
    else if (fn === ops.transform) m = mul(m, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(m);
      if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0]))
        m = mul(m, Array.from(args![0] as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) m = stack.pop() ?? m;
    else if (fn === ops.constructPath && args) {
      const [op, paths] = args as [number, ArrayLike<number>[] | undefined];
      const [stroked, filled] = [STROKE.has(op), FILL.has(op)];
      if (!(stroked || filled) || !paths?.[0] || typeof paths[0] !== 'object') continue;
      for (const s of subPaths(paths[0], m, top)) paint(s, stroked, filled, out);
    }
  }
  return out;
}
