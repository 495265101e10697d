import { readBoxes, type Box } from '../boxes/readBoxes';
import { blockText } from './blockText';
import { dropFurniture } from './dropFurniture';
import { isVerticalPage, withoutContents } from './notPlan';
import { pageLines } from './pageLines';
import { pageParts, type PageParts } from './pageParts';
import { splitColumns } from './splitColumns';
import type { Line, PageRuns, Run } from './types';

/** A header cell names a column (基本目標, 施策); a numbered cell is already an item. */
const NUMBERED_RE = /[0-9０-９①-⑳㉑-㊿ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]/u;
/** A year column's header (R7, 令和7年度, 2025年) carries a number and is still a header. */
const YEAR_RE = /^(?:R|H|令和|平成)?\s*[0-9０-９]{1,4}\s*(?:年度?)?$/u;

/** What the pages before said about the table being read: its header, and whether it ran to the page's end. */
interface TableState {
  header: string[] | null;
  atPageEnd: boolean;
  /** This page opens with the rows of the table the previous page ended with. */
  continued: boolean;
}

/** Something placed on the page at a height: a ruled table, or boxes read as these lines. */
type Region = { y0: number } & ({ table: PageParts['tables'][number] } | { lines: () => string[] });

const flow = (lines: Line[]) => splitColumns(lines).flatMap((b) => [...blockText(b), '']);
const tabRows = (rows: string[][]) => rows.map((r) => r.join('\t').replace(/\t+$/, ''));

/**
 * A ruled table's rows → text lines: a header row of level words, then tab-separated rows (the
 * compiler's 体系図 form). The same header repeated on a later page is dropped, and a table
 * that goes on from the previous page's foot continues its rows. Without a header, a chart of
 * cells reads one cell a line.
 */
function tableLines(rows: string[][], state: TableState, first: boolean): string[] {
  // A repeated header row: each cell holds its header word (a merged cell cut by the page break may leave hidden text beside it).
  const repeated =
    state.header && rows[0].length === state.header.length && state.header.every((h, c) => rows[0][c].endsWith(h));
  if (state.header && first && state.atPageEnd && (repeated || rows[0].length === state.header.length)) {
    state.continued = true;
    return tabRows(repeated ? rows.slice(1) : rows);
  }
  if (repeated) return tabRows(rows.slice(1));
  const headed = rows.length >= 2 && !rows[0].some((c) => NUMBERED_RE.test(c) && !YEAR_RE.test(c));
  state.header = headed ? rows[0] : null;
  return headed ? tabRows(rows) : rows.flat().filter(Boolean);
}

/** A box's runs → its lines (columns inside a box read as on a page). */
const boxLines = (b: Box<Run[]>) => flow(pageLines(b.data));

/** Boxes → regions: a fanning 体系図 is one; otherwise each band of boxes side by side is one, read box by box. */
function boxRegions(boxes: Box<Run[]>[]): Region[] {
  const read = (bs: Box<Run[]>[]) => () => readBoxes(bs).flatMap((p) => boxLines(p.box));
  if (readBoxes(boxes).some((p) => p.depth > 0))
    return [{ y0: Math.min(...boxes.map((b) => b.y0)), lines: read(boxes) }];
  const bands: Box<Run[]>[][] = [];
  for (const b of [...boxes].sort((p, q) => p.y0 - q.y0)) {
    const band = bands[bands.length - 1];
    if (band && b.y0 < Math.max(...band.map((x) => x.y1))) band.push(b);
    else bands.push([b]);
  }
  return bands.map((band) => ({ y0: Math.min(...band.map((b) => b.y0)), lines: read(band) }));
}

/** One page's text: free text in reading order, with each table and box region where it stands. */
function pageText(parts: PageParts, free: Line[], state: TableState): string[] {
  const regions: Region[] = [
    ...parts.tables.map((table) => ({ y0: table.y0, table })),
    ...boxRegions(parts.boxes),
  ].sort((a, b) => a.y0 - b.y0);
  const out: string[] = [];
  let i = 0;
  let endedWithTable = false;
  for (const r of regions) {
    const before: Line[] = [];
    while (i < free.length && free[i].y < r.y0) before.push(free[i++]);
    out.push(...flow(before));
    const first = !out.some(Boolean);
    out.push(...('table' in r ? tableLines(r.table.rows, state, first) : r.lines()), '');
    endedWithTable = 'table' in r;
  }
  const after = flow(free.slice(i));
  out.push(...after);
  state.atPageEnd = endedWithTable && !after.some(Boolean);
  return out;
}

export interface LaidOut {
  text: string;
  /** What was left out and why, for the person importing (skipped pages). */
  notes: string[];
}

/**
 * Pages of positioned text (and their drawing) → plan text in reading order. Each page begins
 * with a form feed, which the compiler reads as the page of a line (src/lib/plan/linePages.ts).
 */
export function layoutPages(pages: PageRuns[]): LaidOut {
  const notes: string[] = [];
  const parts = pages.map((p) => {
    if (!isVerticalPage(p.runs)) return pageParts(p.runs, p.drawing, p.width, p.height);
    notes.push(
      `${p.page} ページは縦書きのため読み飛ばしました(あいさつ文など)。そこに計画の項目があれば、書き足してください。`,
    );
    return null;
  });
  const free = dropFurniture(pages.map((p, i) => ({ lines: pageLines(parts[i]?.free ?? []), height: p.height })));
  const state: TableState = { header: null, atPageEnd: false, continued: false };
  const texts = pages.map((p, i) => {
    const part = parts[i];
    state.continued = false;
    if (!part) return '';
    const contents = withoutContents(free[i]);
    if (contents) notes.push(`${p.page} ページは目次として読み飛ばしました。`);
    const text = pageText(part, contents ?? free[i], state).filter((l, k, all) => l || (k > 0 && all[k - 1]));
    while (text.length && !text[text.length - 1]) text.pop();
    while (text.length && !text[0]) text.shift();
    // A new page starts a new paragraph, unless it goes on with the previous page's table rows.
    return `${i && !state.continued ? '\n' : ''}\f${text.join('\n')}`;
  });
  return { text: texts.join('\n'), notes };
}

export const layoutText = (pages: PageRuns[]): string => layoutPages(pages).text;
