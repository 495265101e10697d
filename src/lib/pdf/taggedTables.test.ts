import { describe, expect, it } from 'vitest';
import { taggedTables } from './taggedTables';
import type { Run, Tag } from './types';

let block = 0;
/** A run of one cell: text at x (its width 10 pt a letter), the cell's row and place, the row's length. */
function cell(text: string, x: number, row: number, place: number, rowCells: number, table = 0): Run {
  const tag: Tag = { block: block++, kind: 'cell', table, row, cell: place, rowCells };
  return { text, x, y: 100 + row * 20, width: text.length * 10, size: 10, tag };
}

describe('taggedTables', () => {
  it('reads rows and cells from the tags, however close the cells stand', () => {
    const { tables, rest } = taggedTables([
      cell('基本目標', 50, 0, 0, 2),
      cell('施策', 90, 0, 1, 2),
      cell('1 つながり', 50, 1, 0, 2),
      cell('(1) 見守り', 150, 1, 1, 2),
      { text: '本文', x: 50, y: 300, width: 20, size: 10 },
    ]);
    expect(tables).toEqual([
      {
        y0: 90,
        rows: [
          ['基本目標', '施策'],
          ['1 つながり', '(1) 見守り'],
        ],
      },
    ]);
    expect(rest.map((r) => r.text)).toEqual(['本文']);
  });

  it('puts a short row’s cells under the columns their text stands in: merged cells on the left or on the right', () => {
    const left = taggedTables([
      cell('1 目標', 0, 0, 0, 3),
      cell('(1) 施策', 100, 0, 1, 3),
      cell('① 取組', 200, 0, 2, 3),
      cell('② 取組', 200, 1, 0, 1),
      cell('(2) 施策', 100, 2, 0, 2),
      cell('① 取組', 200, 2, 1, 2),
    ]);
    expect(left.tables[0].rows).toEqual([
      ['1 目標', '(1) 施策', '① 取組'],
      ['', '', '② 取組'],
      ['', '(2) 施策', '① 取組'],
    ]);
    const right = taggedTables([cell('見守り', 0, 0, 0, 2), cell('住民', 100, 0, 1, 2), cell('サロン', 0, 1, 0, 1)]);
    expect(right.tables[0].rows).toEqual([
      ['見守り', '住民'],
      ['サロン', ''],
    ]);
  });

  it('joins a cell’s wrapped lines into one text', () => {
    const a = cell('ひとり暮らし高齢者への', 0, 0, 0, 1);
    const b = { ...a, text: '見守り', y: a.y + 12 };
    expect(taggedTables([a, b]).tables[0].rows).toEqual([['ひとり暮らし高齢者への見守り']]);
  });
});
