/**
 * Positioned boxes (a slide's shapes, a box chart's frames) → lines in reading order.
 *
 *   const lines = boxLines([{ x, y, width, height, lines: ['基本目標1 …'], origin: 'スライド 2' }, …]);
 *
 * Coordinates in any one unit, y growing downwards. The boxes are first cut into bands, top to
 * bottom, where no box of one band reaches into the next (a title, a label beside its value,
 * a row of column headers, the chart). Within a band, boxes are grouped into columns by their
 * horizontal overlap. A band whose columns each hold one box (a title; 「基本理念」 beside its
 * text) or that is one column (a title over a bulleted body) reads left to right, top to
 * bottom. A band of several columns with more than one box in some column is a hierarchy
 * chart, left column the top level: each box belongs under the box of the column to its left
 * that shares most of its height (else the nearest above), so side-by-side boxes are never
 * read across. When the band just above names a level per column (基本目標 / 施策 / 取組), it
 * is the chart's header, and the chart is written as tab-separated rows, a parent's text in its
 * first row only (the compiler's 体系図 table form); otherwise one box a line, depth first.
 */
import { levelSuffixes } from '../plan/rules';

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
/** A band continues the chart above it when each of its boxes lines up with a chart column:
 * left edges and widths within these shares of the column's width (people align their boxes). */
const ALIGN_SLACK = { left: 0.15, width: 0.25 } as const;
/** A header box is short text naming a level: a word ending as the compiler's level words do. */
const HEADER_TEXT = new RegExp(
  `^[\\p{Script=Han}\\p{Script=Katakana}ぁ-んー・]{0,8}(?:${levelSuffixes('column')})$`,
  'u',
);

interface Column {
  left: number;
  right: number;
  boxes: Box[];
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const text = (b: Box) => b.lines.join(' ').replace(/\s+/g, ' ').trim();
const linesOf = (b: Box): BoxLine[] => b.lines.map((t) => ({ text: t, origin: b.origin }));

/** Bands top to bottom: runs of boxes whose vertical spans overlap one another (chained). */
export function bandsOf(boxes: Box[]): Box[][] {
  const bands: { bottom: number; boxes: Box[] }[] = [];
  for (const b of [...boxes].sort((p, q) => p.y - q.y)) {
    const last = bands[bands.length - 1];
    if (last && b.y < last.bottom) {
      last.boxes.push(b);
      last.bottom = Math.max(last.bottom, b.y + b.height);
    } else bands.push({ bottom: b.y + b.height, boxes: [b] });
  }
  return bands.map((band) => band.boxes);
}

/** Columns left to right; boxes that span more than one column are returned apart. */
export function columnsOf(boxes: Box[]): { columns: Column[]; wide: Box[] } {
  const columns: Column[] = [];
  const wide: Box[] = [];
  for (const b of [...boxes].sort((p, q) => p.width - q.width || p.x - q.x)) {
    const hits = columns.filter(
      (c) => overlap(b.x, b.x + b.width, c.left, c.right) >= COLUMN_OVERLAP * Math.min(b.width, c.right - c.left),
    );
    if (hits.length > 1) wide.push(b);
    else if (hits.length === 1) {
      hits[0].boxes.push(b);
      hits[0].left = Math.min(hits[0].left, b.x);
      hits[0].right = Math.max(hits[0].right, b.x + b.width);
    } else columns.push({ left: b.x, right: b.x + b.width, boxes: [b] });
  }
  columns.sort((a, b) => a.left - b.left);
  for (const c of columns) c.boxes.sort((a, b) => a.y - b.y);
  return { columns, wide };
}

/**
 * The box of `column` that `b` sits beside: the one sharing most of its height, else the
 * nearest one above it (else the first: a first child drawn above its centred parent).
 */
function besides(column: Column, b: Box): Box | undefined {
  let best: Box | undefined;
  let most = 0;
  for (const p of column.boxes) {
    const shared = overlap(b.y, b.y + b.height, p.y, p.y + p.height);
    if (shared > most) [best, most] = [p, shared];
  }
  return best ?? [...column.boxes].reverse().find((p) => p.y <= b.y) ?? column.boxes[0];
}

/** Rows of the chart, depth first: each row the path of boxes, a parent only in its first row. */
function chartRows(columns: Column[]): (Box | null)[][] {
  const children = new Map<Box | null, Box[]>();
  const depth = new Map<Box, number>();
  columns.forEach((c, i) =>
    c.boxes.forEach((b) => {
      const parent = i === 0 ? null : (besides(columns[i - 1], b) ?? null);
      children.set(parent, [...(children.get(parent) ?? []), b]);
      depth.set(b, i);
    }),
  );
  const rows: (Box | null)[][] = [];
  // An explicit stack: depth first, first child first.
  const todo: Box[] = [...(children.get(null) ?? [])].reverse();
  let row: (Box | null)[] = [];
  while (todo.length) {
    const b = todo.pop()!;
    const d = depth.get(b)!;
    if (row.length > d) {
      rows.push(row);
      row = Array<Box | null>(d).fill(null);
    }
    while (row.length < d) row.push(null);
    row[d] = b;
    todo.push(...[...(children.get(b) ?? [])].reverse());
  }
  if (row.length) rows.push(row);
  return rows;
}

/** A band of one short level name above each column of the chart (wide boxes of the band aside). */
function headerOf(band: Box[] | undefined, columns: Column[]): { names: string[]; wide: Box[] } | null {
  if (!band) return null;
  const above = columnsOf(band);
  if (above.columns.length !== columns.length || above.columns.some((c) => c.boxes.length !== 1)) return null;
  const names = above.columns.map((c, i) =>
    overlap(c.left, c.right, columns[i].left, columns[i].right) > 0 ? text(c.boxes[0]) : '',
  );
  return names.every((n) => HEADER_TEXT.test(n)) ? { names, wide: above.wide } : null;
}

const linesUp = (b: Box, c: Column) => {
  const w = c.right - c.left;
  return Math.abs(b.x - c.left) <= ALIGN_SLACK.left * w && Math.abs(b.width - w) <= ALIGN_SLACK.width * w;
};

const isChart = (columns: Column[]) => columns.length >= 2 && columns.some((c) => c.boxes.length >= 2);
const linesUpWith = (band: Box[], chart: Box[]) => {
  const { columns } = columnsOf(chart);
  return isChart(columns) && band.every((b) => columns.some((c) => linesUp(b, c)));
};
const isHeaderBand = (band: Box[]) => band.length >= 2 && band.every((b) => HEADER_TEXT.test(text(b)));

/**
 * Bands joined where a chart runs on: a band next to a chart (two or more columns, more than one
 * box in one) whose boxes all line up with the chart's columns is more of the chart (rows of
 * boxes with gaps between them; a first child above its centred parent). A header band never joins.
 */
export function groupBands(bands: Box[][]): Box[][] {
  const groups: Box[][] = [];
  for (const band of bands) {
    const last = groups[groups.length - 1];
    if (last && !isHeaderBand(band) && linesUpWith(band, last)) last.push(...band);
    else groups.push([...band]);
  }
  // Then backwards: a band just above a chart, lining up with it, is its first row.
  for (let i = groups.length - 2; i >= 0; i--) {
    if (!isHeaderBand(groups[i]) && linesUpWith(groups[i], [...groups[i], ...groups[i + 1]]))
      groups.splice(i, 2, [...groups[i], ...groups[i + 1]]);
  }
  return groups;
}

function readBand(band: Box[]): BoxLine[] {
  const { columns, wide } = columnsOf(band);
  return [...wide.sort((a, b) => a.y - b.y), ...columns.flatMap((c) => c.boxes)].flatMap(linesOf);
}

function readChart(columns: Column[], wide: Box[], header: { names: string[]; wide: Box[] } | null): BoxLine[] {
  const lines: BoxLine[] = [...(header?.wide ?? []), ...wide].sort((a, b) => a.y - b.y).flatMap(linesOf);
  if (header) lines.push({ text: header.names.join('\t'), origin: columns[0].boxes[0].origin });
  for (const cells of chartRows(columns)) {
    const first = cells.find(Boolean)!;
    if (header)
      lines.push({
        text: cells.map((c) => (c ? text(c) : '')).join('\t') + (cells.length === 1 ? '\t' : ''),
        origin: first.origin,
      });
    else for (const c of cells) if (c) lines.push({ text: text(c), origin: c.origin });
  }
  return lines;
}

export function boxLines(input: Box[]): BoxLine[] {
  const bands = groupBands(bandsOf(input.filter((b) => text(b))));
  const out: BoxLine[][] = [];
  bands.forEach((band, i) => {
    const { columns, wide } = columnsOf(band);
    if (!isChart(columns)) return void out.push(readBand(band));
    const header = headerOf(bands[i - 1], columns);
    if (header) out.pop();
    out.push(readChart(columns, wide, header));
  });
  return out.flat();
}
