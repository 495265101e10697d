/**
 * .xlsx → the compiler's text: the 体系図 sheet chosen by evidence (chooseSheet.ts), its
 * visible cells as shown, split into blocks at empty rows; a block with rows of several cells
 * is a table (tab-separated, merged cells once), any other block plain lines.
 */
import { chooseSheet } from './chooseSheet';
import { OfficeError } from './officeError';
import { readSheet, type SheetGrid } from './readSheet';
import { tableLines } from './tableLines';
import { toOfficeText, type OfficeText, type SourceLine } from './types';
import { numberFormats, sharedStrings, sheetsOf, usesDate1904 } from './xlsxParts';
import type { Zip } from './zip';

/** Runs of rows without an empty row between them. */
function blocks(grid: SheetGrid): SheetGrid['rows'][] {
  const out: SheetGrid['rows'][] = [[]];
  for (const row of grid.rows) {
    if (row.cells.some(Boolean)) out[out.length - 1].push(row);
    else if (out[out.length - 1].length) out.push([]);
  }
  return out.filter((b) => b.length);
}

function sheetLines(name: string, grid: SheetGrid): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const block of blocks(grid)) {
    if (lines.length) lines.push({ text: '', origin: '' });
    const rows = block.map((r) => r.cells.map((text) => ({ text, span: 1, continues: false })));
    lines.push(...tableLines(rows, (i) => `シート「${name}」の ${block[i].number} 行目`));
  }
  return lines;
}

export function readXlsx(
  zip: Zip,
  workbook: string,
  onProgress: (done: number, total: number) => void = () => {},
): OfficeText {
  const refs = sheetsOf(zip, workbook).filter((s) => !s.hidden);
  if (!refs.length) throw new OfficeError('damaged', 'シートがありません');
  const strings = sharedStrings(zip);
  const formats = numberFormats(zip);
  const date1904 = usesDate1904(zip, workbook);
  const sheets = refs.map((r, i) => {
    const grid = readSheet(zip.text(r.path) ?? '<worksheet/>', strings, formats, date1904);
    onProgress(i + 1, refs.length);
    return { name: r.name, grid };
  });
  const { index, scores } = chooseSheet(sheets);
  const { name, grid } = sheets[index];
  const notes: string[] = [];
  if (sheets.length > 1)
    notes.push(
      `${sheets.length} 枚のシートから、体系図らしさ(階層名の見出し行・階層名や番号で始まるセル・結合セル)がいちばん多いシート「${name}」を読みました(${scores.map((s) => `${s.name} ${s.score}`).join('・')})。`,
    );
  if (grid.hiddenRows || grid.hiddenColumns)
    notes.push(`非表示の行 ${grid.hiddenRows}・列 ${grid.hiddenColumns} は読み飛ばしました。`);
  const summary = `シート「${name}」・${grid.rowCount} 行・結合セル ${grid.merges}`;
  return toOfficeText('xlsx', sheetLines(name, grid), summary, notes);
}
