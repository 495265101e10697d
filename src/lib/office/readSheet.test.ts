import { describe, expect, it } from 'vitest';
import { readSheet } from './readSheet';

const c = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;

describe('readSheet', () => {
  it('walks only the rows that occur: a far-down cell gives one empty row between, not a million', () => {
    const grid = readSheet(
      sheet(`<row r="1">${c('A1', '基本目標')}</row><row r="1048576">${c('A1048576', '最終行')}</row>`),
      [],
      [],
    );
    expect(grid.rows).toEqual([
      { number: 1, cells: ['基本目標'] },
      { number: 2, cells: [''] },
      { number: 1048576, cells: ['最終行'] },
    ]);
    expect(grid.rowCount).toBe(1048576);
  });

  it('leaves out cells past Excel’s last row (1,048,576) and last column (XFD)', () => {
    const grid = readSheet(
      sheet(
        `<row r="1">${c('A1', '計画')}${c('XFE1', '列の外')}</row><row r="50000000">${c('A50000000', '行の外')}</row>`,
      ),
      [],
      [],
    );
    expect(grid.rows).toEqual([{ number: 1, cells: ['計画'] }]);
  });

  it('keeps runs of empty rows as one break, and hidden rows out', () => {
    const grid = readSheet(
      sheet(
        `<row r="2">${c('A2', '一')}</row><row r="3" hidden="1">${c('A3', '隠し')}</row><row r="4">${c('A4', '二')}</row><row r="9">${c('A9', '三')}</row>`,
      ),
      [],
      [],
    );
    expect(grid.rows.map((r) => [r.number, r.cells[0]])).toEqual([
      [1, ''],
      [2, '一'],
      [4, '二'],
      [5, ''],
      [9, '三'],
    ]);
    expect(grid.rowCount).toBe(8);
  });
});
