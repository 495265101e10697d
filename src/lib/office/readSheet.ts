/**
 * One worksheet → a grid of the text each visible cell shows: hidden rows and columns left
 * out, each merged range's text kept once, in the range's first visible row and column.
 */
import { formatCell } from './cellFormat';
import { stringText } from './xlsxParts';
import { kid, kids, parseXml, textOf, type XmlEl } from './xml';

export interface SheetGrid {
  /** Visible rows, top to bottom: the row number Excel shows and its visible cells' text. */
  rows: { number: number; cells: string[] }[];
  /** Visible rows from the first to the last with text, as Excel counts them (empty runs included). */
  rowCount: number;
  merges: number;
  hiddenRows: number;
  hiddenColumns: number;
}

/** Excel's last row (1,048,576) and last column (XFD, 16,384): no sheet Excel saves goes past them. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** "AB12" → [row 12, column 28] (1-based); [0, 0] for a reference that is not a cell or lies past XFD1048576. */
export function cellAddress(ref: string): [number, number] {
  const m = ref.match(/^([A-Z]{1,3})(\d{1,7})$/i);
  if (!m) return [0, 0];
  const col = [...m[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROW && col <= MAX_COLUMN ? [row, col] : [0, 0];
}

function cellText(c: XmlEl, strings: string[], formats: string[], date1904: boolean): string {
  const v = textOf(kid(c, 'v'));
  switch (c.attrs.t) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'inlineStr':
      return kid(c, 'is') ? stringText(kid(c, 'is')!) : '';
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return v;
    default:
      return v === '' || Number.isNaN(Number(v))
        ? v
        : formatCell(Number(v), formats[Number(c.attrs.s ?? 0)] ?? 'General', date1904);
  }
}

function hiddenColumns(sheet: XmlEl): Set<number> {
  const hidden = new Set<number>();
  for (const col of kids(kid(sheet, 'cols'), 'col')) {
    if (col.attrs.hidden !== '1' && col.attrs.hidden !== 'true') continue;
    for (let c = Number(col.attrs.min); c <= Math.min(Number(col.attrs.max), MAX_COLUMN); c++) hidden.add(c);
  }
  return hidden;
}

/** `date1904`: the workbook's dates count from 1904 (workbookPr date1904, Mac Excel's old default). */
export function readSheet(xml: string, strings: string[], formats: string[], date1904 = false): SheetGrid {
  const sheet = parseXml(xml);
  const cells = new Map<string, string>();
  const hiddenRows = new Set<number>();
  for (const row of kids(kid(sheet, 'sheetData'), 'row')) {
    const r = Number(row.attrs.r);
    if ((row.attrs.hidden === '1' || row.attrs.hidden === 'true') && r >= 1 && r <= MAX_ROW) hiddenRows.add(r);
    for (const c of kids(row, 'c')) {
      const text = cellText(c, strings, formats, date1904)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      if (text) cells.set(c.attrs.r ?? '', text);
    }
  }
  const hiddenCols = hiddenColumns(sheet);
  const merges = kids(kid(sheet, 'mergeCells'), 'mergeCell');
  const byPos = new Map<string, string>();
  for (const [ref, text] of cells) {
    const at = cellAddress(ref);
    // A cell past Excel's last row or column (or without an address) is not on any sheet Excel shows.
    if (at[0]) byPos.set(at.join(','), text);
  }
  for (const m of merges) {
    const [from, to] = (m.attrs.ref ?? '').split(':').map(cellAddress);
    if (!to || !from[0] || !to[0]) continue;
    const text = byPos.get(from.join(','));
    if (!text) continue;
    byPos.delete(from.join(','));
    let row = from[0];
    while (row < to[0] && hiddenRows.has(row)) row++;
    let col = from[1];
    while (col < to[1] && hiddenCols.has(col)) col++;
    byPos.set(`${row},${col}`, text);
  }
  const rows = gridOf(byPos, hiddenRows, hiddenCols);
  const lastRow = rows.length ? rows[rows.length - 1].number : 0;
  const rowCount = lastRow - [...hiddenRows].filter((r) => r <= lastRow).length;
  return { rows, rowCount, merges: merges.length, hiddenRows: hiddenRows.size, hiddenColumns: hiddenCols.size };
}

/**
 * The visible rows that hold text, top to bottom, each run of empty visible rows between them
 * kept as one empty row (it splits the sheet into blocks). Only the row numbers that occur are
 * walked: a cell's address comes from the file, so a lone cell in row 1,000,000 costs one row.
 */
function gridOf(byPos: Map<string, string>, hiddenRows: Set<number>, hiddenCols: Set<number>): SheetGrid['rows'] {
  const positions = [...byPos.keys()].map((k) => k.split(',').map(Number) as [number, number]);
  const numbers = [...new Set(positions.map((p) => p[0]))].filter((r) => !hiddenRows.has(r)).sort((a, b) => a - b);
  const columns = [...new Set(positions.map((p) => p[1]))].filter((c) => !hiddenCols.has(c)).sort((a, b) => a - b);
  // Columns with nothing in them are left out, so two tables side by side keep their own columns.
  const rows: SheetGrid['rows'] = [];
  let previous = 0;
  for (const r of numbers) {
    const gap = firstVisibleBetween(previous, r, hiddenRows);
    if (gap) rows.push({ number: gap, cells: columns.map(() => '') });
    rows.push({ number: r, cells: columns.map((c) => byPos.get(`${r},${c}`) ?? '') });
    previous = r;
  }
  return rows;
}

/** The first visible row strictly between `from` and `to`, or 0 when every row between is hidden. */
function firstVisibleBetween(from: number, to: number, hiddenRows: Set<number>): number {
  for (let r = from + 1; r < to; r++) if (!hiddenRows.has(r)) return r;
  return 0;
}
