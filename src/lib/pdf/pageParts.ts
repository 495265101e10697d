/**
 * A page split the way a reader sees it: ruled tables, framed boxes, and the free text around
 * them. Each run goes to the table cell or the innermost box its letters stand in.
 */
import type { Box } from '../boxes/readBoxes';
import { pageLines } from './pageLines';
import { ruledTables, type RuledTable } from './ruledTables';
import { MARGIN_BAND } from './thresholds';
import { runPoint, tableText } from './tableText';
import { taggedTables } from './taggedTables';
import type { Drawing, Rect, Run } from './types';

/** A rectangle covering this share of the page is its background or border, not a box. */
const PAGE_SHARE = 0.8;
/** A table with text in fewer cells than this is a drawing (a frame, connectors), not a table. */
const MIN_TEXT_CELLS = 2;

/** Lines with text side by side, or columns of line starts, from which a page's drawing is worth reading. */
const SIDE_BY_SIDE_LINES = 2;
const START_COLUMNS = 3;

/**
 * Whether the page's drawing can change how it reads: text side by side on a line (cells,
 * boxes, columns) or lines starting in three or more columns (a box chart). A page of running
 * text reads the same without it, and reading the drawing costs as much as the text.
 */
export function sideBySide(runs: Run[], height: number): boolean {
  const all = pageLines(runs);
  if (all.filter((l) => l.frags.length > 1).length >= SIDE_BY_SIDE_LINES) return true;
  const starts: { x: number; n: number }[] = [];
  // Running headers and page numbers stand apart from the body's line starts.
  for (const l of all.filter((x) => x.y > height * MARGIN_BAND && x.y < height * (1 - MARGIN_BAND))) {
    const x = l.frags[0].x0;
    const s = starts.find((c) => Math.abs(c.x - x) <= l.size);
    if (s) s.n++;
    else starts.push({ x, n: 1 });
  }
  return starts.filter((s) => s.n >= 2).length >= START_COLUMNS;
}

/** A table found on the page: where it starts, and its rows of cell texts. */
export interface PageTable {
  y0: number;
  rows: string[][];
}

export interface PageParts {
  tables: PageTable[];
  boxes: Box<Run[]>[];
  free: Run[];
}

const within = (b: { x0: number; y0: number; x1: number; y1: number }, [x, y]: [number, number], pad = 0) =>
  x >= b.x0 - pad && x <= b.x1 + pad && y >= b.y0 - pad && y <= b.y1 + pad;
const area = (b: Rect) => (b.x1 - b.x0) * (b.y1 - b.y0);
const same = (a: Rect, b: Rect) =>
  Math.abs(a.x0 - b.x0) + Math.abs(a.y0 - b.y0) + Math.abs(a.x1 - b.x1) + Math.abs(a.y1 - b.y1) < 4;

/** Box candidates: rectangles that are not the page's background, not inside a table, each once. */
function boxRects(rects: Rect[], tables: RuledTable[], width: number, height: number): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    if (area(r) >= PAGE_SHARE * width * height) continue;
    if (tables.some((t) => within(t, [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2], 1))) continue;
    if (!out.some((o) => same(o, r))) out.push(r);
  }
  return out;
}

/**
 * Tables a tagged PDF declares are read from its tags; the rest of the page by position: ruled
 * tables and boxes from its drawing, and the free text around them.
 */
export function pageParts(allRuns: Run[], drawing: Drawing | undefined, width: number, height: number): PageParts {
  const tagged = taggedTables(allRuns);
  const runs = tagged.rest;
  if (!drawing) return { tables: tagged.tables, boxes: [], free: runs };
  const tables = ruledTables(drawing.h, drawing.v).map((table) => ({ table, runs: [] as Run[] }));
  const rects = boxRects(
    drawing.rects,
    tables.map((t) => t.table),
    width,
    height,
  ).sort((a, b) => area(a) - area(b));
  const inBox = new Map<Rect, Run[]>();
  const free: Run[] = [];
  for (const r of runs) {
    const p = runPoint(r);
    const t = tables.find((x) => within(x.table, p));
    if (t) {
      t.runs.push(r);
      continue;
    }
    const box = rects.find((b) => within(b, p)); // the smallest (innermost) box holding it
    if (box) inBox.set(box, [...(inBox.get(box) ?? []), r]);
    else free.push(r);
  }
  // A "table" whose cells hold almost no text is a drawing: its text reads as free text.
  const real = tables.filter(
    (t) => t.table.cells.filter((c) => t.runs.some((r) => within(c, runPoint(r)))).length >= MIN_TEXT_CELLS,
  );
  for (const t of tables) if (!real.includes(t)) free.push(...t.runs);
  // A box holding other boxes is a frame around them: its own text reads as free text.
  const holders = [...inBox.keys()].filter((b) =>
    [...inBox.keys()].some((o) => o !== b && within(b, [(o.x0 + o.x1) / 2, (o.y0 + o.y1) / 2])),
  );
  for (const b of holders) free.push(...inBox.get(b)!);
  const boxes = [...inBox]
    .filter(([b]) => !holders.includes(b))
    .map(([b, rs]) => ({ x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1, data: rs }));
  return {
    tables: [...tagged.tables, ...real.map((t) => ({ y0: t.table.y0, rows: tableText(t.table, t.runs) }))],
    boxes,
    free,
  };
}
