/**
 * Positioned boxes (a slide's shapes, a box chart's frames) → lines in reading order.
 *
 *   const lines = readBoxes([{ x, y, width, height, lines: ['基本目標1 …'], origin: 'スライド 2' }, …]);
 *
 * Coordinates in any one unit, y growing downwards. Boxes are grouped into columns by their
 * horizontal overlap. One column (a title over a bulleted body) reads top to bottom. Several
 * columns side by side read as a hierarchy chart, left column the top level: each box belongs
 * under the box of the column to its left that shares most of its height (else the nearest
 * above it), so side-by-side boxes are never read across.
 * Boxes wider than a column (a banner, the vision) and boxes above the chart read first.
 * When the top row of the chart is one short box per column naming a level (基本目標 / 施策 /
 * 取組), it becomes a header and the chart is written as tab-separated rows, a parent's text in
 * its first row only (the compiler's 体系図 table form); otherwise one box a line, depth first.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The box's text, one entry per paragraph. */
  lines: string[];
  /** Where the box came from, carried to each of its lines. */
  origin: string;
}

export interface BoxLine {
  text: string;
  origin: string;
}

/** Two boxes share a column when their horizontal spans overlap by this share of the narrower. */
const COLUMN_OVERLAP = 0.5;
/** A header box is short text naming a level. */
const HEADER_TEXT = /^[\p{Script=Han}\p{Script=Katakana}ぁ-んー・]{1,10}$/u;

interface Column {
  left: number;
  right: number;
  boxes: Box[];
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const text = (b: Box) => b.lines.join(' ').replace(/\s+/g, ' ').trim();

/** Columns left to right; boxes that span more than one column are returned apart. */
export function columnsOf(boxes: Box[]): { columns: Column[]; wide: Box[] } {
  const columns: Column[] = [];
  for (const b of [...boxes].sort((p, q) => p.width - q.width || p.x - q.x)) {
    const hits = columns.filter((c) => overlap(b.x, b.x + b.width, c.left, c.right) >= COLUMN_OVERLAP * Math.min(b.width, c.right - c.left));
    if (hits.length === 1) {
      hits[0].boxes.push(b);
      hits[0].left = Math.min(hits[0].left, b.x);
      hits[0].right = Math.max(hits[0].right, b.x + b.width);
    } else if (!hits.length) columns.push({ left: b.x, right: b.x + b.width, boxes: [b] });
    else columns.push({ left: b.x, right: b.x + b.width, boxes: [b] }); // marked wide below
  }
  columns.sort((a, b) => a.left - b.left);
  const narrow = columns.filter((c) => !columns.some((o) => o !== c && overlap(c.left, c.right, o.left, o.right) > 0 && c.right - c.left > o.right - o.left));
  const wide = columns.filter((c) => !narrow.includes(c)).flatMap((c) => c.boxes);
  for (const c of narrow) c.boxes.sort((a, b) => a.y - b.y);
  return { columns: narrow, wide };
}

/**
 * The box of `column` that `b` sits beside: the one sharing most of its height (shapes grown to
 * fit their text may overlap their neighbours), else the nearest one above it.
 */
function besides(column: Column, b: Box): Box | undefined {
  let best: Box | undefined;
  let most = 0;
  for (const p of column.boxes) {
    const shared = overlap(b.y, b.y + b.height, p.y, p.y + p.height);
    if (shared > most) [best, most] = [p, shared];
  }
  return best ?? [...column.boxes].reverse().find((p) => p.y <= b.y);
}

/** Rows of the chart, depth first: each row the path of boxes, a parent only in its first row. */
function chartRows(columns: Column[]): { cells: (Box | null)[] }[] {
  const children = new Map<Box | null, Box[]>();
  const add = (parent: Box | null, b: Box) => children.set(parent, [...(children.get(parent) ?? []), b]);
  columns.forEach((c, i) => c.boxes.forEach((b) => add(i === 0 ? null : besides(columns[i - 1], b) ?? null, b)));
  const depth = new Map<Box, number>(columns.flatMap((c, i) => c.boxes.map((b) => [b, i] as const)));
  const rows: { cells: (Box | null)[] }[] = [];
  // An explicit stack: depth first, first child first.
  const todo: Box[] = [...(children.get(null) ?? [])].reverse();
  let row: (Box | null)[] = [];
  while (todo.length) {
    const b = todo.pop()!;
    const d = depth.get(b)!;
    if (row.length > d) {
      rows.push({ cells: row });
      row = Array<Box | null>(d).fill(null);
    }
    row[d] = b;
    todo.push(...[...(children.get(b) ?? [])].reverse());
  }
  if (row.length) rows.push({ cells: row });
  return rows;
}

function isHeaderRow(columns: Column[]): boolean {
  if (columns.length < 2) return false;
  const tops = columns.map((c) => c.boxes[0]);
  const below = Math.min(...columns.flatMap((c) => c.boxes.slice(1).map((b) => b.y)));
  return tops.every((b) => b && HEADER_TEXT.test(text(b)) && b.y + b.height <= below + 1);
}

export function readBoxes(input: Box[]): BoxLine[] {
  const boxes = input.filter((b) => text(b));
  const { columns, wide } = columnsOf(boxes);
  const chartTop = Math.min(...columns.flatMap((c) => c.boxes.map((b) => b.y)));
  const before = [...wide, ...(columns.length > 1 ? [] : columns.flatMap((c) => c.boxes))].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: BoxLine[] = before.filter((b) => columns.length < 2 || b.y < chartTop).flatMap((b) => b.lines.map((t) => ({ text: t, origin: b.origin })));
  if (columns.length < 2) return lines;
  const header = isHeaderRow(columns);
  if (header) {
    lines.push({ text: columns.map((c) => text(c.boxes.shift()!)).join('\t'), origin: columns[0].boxes[0]?.origin ?? '' });
  }
  for (const { cells } of chartRows(columns)) {
    const origin = cells.find(Boolean)?.origin ?? '';
    if (header) lines.push({ text: cells.map((c) => (c ? text(c) : '')).join('\t') + (cells.length === 1 ? '\t' : ''), origin });
    else for (const c of cells) if (c) lines.push({ text: text(c), origin: c.origin });
  }
  const after = wide.filter((b) => b.y >= chartTop).sort((a, b) => a.y - b.y);
  return [...lines, ...after.flatMap((b) => b.lines.map((t) => ({ text: t, origin: b.origin })))];
}
