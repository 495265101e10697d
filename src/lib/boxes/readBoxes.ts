/**
 * Positioned boxes → reading order and outline depth. Shared by every reader whose source
 * places text in framed shapes: PDF pages (src/lib/pdf/) and slides (.pptx shapes).
 *
 *   readBoxes(boxes: Box<T>[]): PlacedBox<T>[]
 *
 * Coordinates are top-down (y grows downwards), in any one unit per call. Each box is read
 * whole, never across a neighbour: boxes side by side read left to right, a stack top to
 * bottom (recursive cuts along the widest free gap, as a person scans a slide). A 体系図 of
 * boxes in columns that fan out to the right (1 理念 → 3 目標 → 6 施策) reads in tree
 * order instead: each box, then the boxes of the next column that hang from it (nearest by
 * vertical centre), with depth = its column. Connectors are not boxes: callers leave them out.
 */
export interface Box<T = unknown> {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** What the caller keeps with the box (its text, a shape id). */
  data: T;
}

export interface PlacedBox<T = unknown> {
  box: Box<T>;
  /** 0 for boxes read in plain order; the column in a fanning 体系図 (0 = leftmost). */
  depth: number;
}

/** Gaps narrower than this share of the boxes' median size do not separate them. */
const MIN_GAP_SHARE = 0.02;

const centreY = (b: Box) => (b.y0 + b.y1) / 2;

/** Groups of boxes whose extents along one axis overlap, in order along it. */
function bands<T>(boxes: Box<T>[], lo: (b: Box) => number, hi: (b: Box) => number, gap: number): Box<T>[][] {
  const sorted = [...boxes].sort((a, b) => lo(a) - lo(b));
  const out: { end: number; boxes: Box<T>[] }[] = [];
  for (const b of sorted) {
    const cur = out[out.length - 1];
    if (cur && lo(b) < cur.end + gap) {
      cur.boxes.push(b);
      cur.end = Math.max(cur.end, hi(b));
    } else out.push({ end: hi(b), boxes: [b] });
  }
  return out.map((g) => g.boxes);
}

/** Columns that fan out left to right (never fewer boxes to the right, more at the end): a box chart. */
function fanColumns<T>(boxes: Box<T>[], gap: number): Box<T>[][] | null {
  const cols = bands(
    boxes,
    (b) => b.x0,
    (b) => b.x1,
    gap,
  );
  if (cols.length < 2) return null;
  const counts = cols.map((c) => c.length);
  const fans = counts.every((n, i) => i === 0 || n >= counts[i - 1]) && counts[counts.length - 1] > counts[0];
  return fans ? cols.map((c) => c.sort((a, b) => a.y0 - b.y0)) : null;
}

/** Tree order of a fanning chart: each box of a column hangs from the nearest box (by centre) of the column before. */
function treeOrder<T>(cols: Box<T>[][]): PlacedBox<T>[] {
  const kids = new Map<Box<T>, Box<T>[]>();
  cols.forEach((col, c) => {
    if (c === 0) return;
    for (const b of col) {
      const parent = cols[c - 1].reduce((p, q) =>
        Math.abs(centreY(q) - centreY(b)) < Math.abs(centreY(p) - centreY(b)) ? q : p,
      );
      kids.set(parent, [...(kids.get(parent) ?? []), b]);
    }
  });
  const out: PlacedBox<T>[] = [];
  const stack: PlacedBox<T>[] = cols[0].map((box) => ({ box, depth: 0 })).reverse();
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(kids.get(p.box) ?? []).map((box) => ({ box, depth: p.depth + 1 })).reverse());
  }
  return out;
}

function plainOrder<T>(boxes: Box<T>[], gap: number): Box<T>[] {
  if (boxes.length < 2) return boxes;
  const rows = bands(
    boxes,
    (b) => b.y0,
    (b) => b.y1,
    gap,
  );
  if (rows.length > 1) return rows.flatMap((r) => plainOrder(r, gap));
  const cols = bands(
    boxes,
    (b) => b.x0,
    (b) => b.x1,
    gap,
  );
  if (cols.length > 1) return cols.flatMap((c) => plainOrder(c, gap));
  // Overlapping every way (no free gap): top to bottom, then left to right.
  return [...boxes].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

export function readBoxes<T>(boxes: Box<T>[]): PlacedBox<T>[] {
  if (!boxes.length) return [];
  const sizes = boxes.map((b) => Math.min(b.x1 - b.x0, b.y1 - b.y0)).sort((a, b) => a - b);
  const gap = -MIN_GAP_SHARE * sizes[Math.floor(sizes.length / 2)];
  const cols = fanColumns(boxes, gap);
  return cols ? treeOrder(cols) : plainOrder(boxes, gap).map((box) => ({ box, depth: 0 }));
}
