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
  merges: number;
  hiddenRows: number;
  hiddenColumns: number;
}

/** "AB12" → [row 12, column 28] (1-based). */
export function cellAddress(ref: string): [number, number] {
  const m = ref.match(/^([A-Z]+)(\d+)$/i);
  if (!m) return [0, 0];
  const col = [...m[1].toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

function cellText(c: XmlEl, strings: string[], formats: string[]): string {
  const v = textOf(kid(c, 'v'));
  switch (c.attrs.t) {
    case 's': return strings[Number(v)] ?? '';
    case 'inlineStr': return kid(c, 'is') ? stringText(kid(c, 'is')!) : '';
    case 'b': return v === '1' ? 'TRUE' : 'FALSE';
    case 'str': case 'e': return v;
    default: return v === '' || Number.isNaN(Number(v)) ? v : formatCell(Number(v), formats[Number(c.attrs.s ?? 0)] ?? 'General');
  }
}

function hiddenColumns(sheet: XmlEl): Set<number> {
  const hidden = new Set<number>();
  for (const col of kids(kid(sheet, 'cols'), 'col')) {
    if (col.attrs.hidden !== '1' && col.attrs.hidden !== 'true') continue;
    for (let c = Number(col.attrs.min); c <= Math.min(Number(col.attrs.max), 16384); c++) hidden.add(c);
  }
  return hidden;
}

export function readSheet(xml: string, strings: string[], formats: string[]): SheetGrid {
  const sheet = parseXml(xml);
  const cells = new Map<string, string>();
  const hiddenRows = new Set<number>();
  for (const row of kids(kid(sheet, 'sheetData'), 'row')) {
    if (row.attrs.hidden === '1' || row.attrs.hidden === 'true') hiddenRows.add(Number(row.attrs.r));
    for (const c of kids(row, 'c')) {
      const text = cellText(c, strings, formats).replace(/\s*\n\s*/g, ' ').trim();
      if (text) cells.set(c.attrs.r ?? '', text);
    }
  }
  const hiddenCols = hiddenColumns(sheet);
  const merges = kids(kid(sheet, 'mergeCells'), 'mergeCell');
  const byPos = new Map<string, string>();
  for (const [ref, text] of cells) byPos.set(cellAddress(ref).join(','), text);
  for (const m of merges) {
    const [from, to] = (m.attrs.ref ?? '').split(':').map(cellAddress);
    if (!to) continue;
    const text = byPos.get(from.join(','));
    if (!text) continue;
    byPos.delete(from.join(','));
    let row = from[0];
    while (row < to[0] && hiddenRows.has(row)) row++;
    let col = from[1];
    while (col < to[1] && hiddenCols.has(col)) col++;
    byPos.set(`${row},${col}`, text);
  }
  return { rows: gridOf(byPos, hiddenRows, hiddenCols), merges: merges.length, hiddenRows: hiddenRows.size, hiddenColumns: hiddenCols.size };
}

function gridOf(byPos: Map<string, string>, hiddenRows: Set<number>, hiddenCols: Set<number>): SheetGrid['rows'] {
  const positions = [...byPos.keys()].map((k) => k.split(',').map(Number) as [number, number]);
  const lastRow = positions.reduce((n, p) => Math.max(n, p[0]), 0);
  const columns = [...new Set(positions.map((p) => p[1]))].filter((c) => !hiddenCols.has(c)).sort((a, b) => a - b);
  // Columns with nothing in them are left out, so two tables side by side keep their own columns.
  const rows: SheetGrid['rows'] = [];
  for (let r = 1; r <= lastRow; r++) {
    if (hiddenRows.has(r)) continue;
    rows.push({ number: r, cells: columns.map((c) => byPos.get(`${r},${c}`) ?? '') });
  }
  return rows;
}
