import { describe, expect, it } from 'vitest';
import { boxLines, type Box } from './boxLines';

const box = (x: number, y: number, width: number, height: number, ...lines: string[]): Box => ({
  x,
  y,
  width,
  height,
  lines,
  origin: 's',
});
const read = (boxes: Box[]) => boxLines(boxes).map((l) => l.text);

describe('boxLines', () => {
  it('a chart under a header band becomes tab rows; side-by-side boxes are never read across', () => {
    const boxes = [
      box(0, 0, 30, 2, '町の体系図'),
      box(0, 3, 9, 1, '基本目標'),
      box(10, 3, 9, 1, '施策'),
      box(20, 3, 9, 1, '取組'),
      box(0, 5, 9, 5, '1 つながる'),
      box(10, 5, 9, 2, '(1) 見守り'),
      box(20, 5, 9, 1, '① 訪問'),
      box(20, 6.2, 9, 1, '② 声かけ'),
      box(10, 8, 9, 1, '(2) 居場所'),
      box(20, 8, 9, 1, '① サロン'),
      box(0, 11, 9, 1, '2 ささえる'),
      box(10, 11, 9, 1, '(1) 相談'),
    ];
    expect(read(boxes)).toEqual([
      '町の体系図',
      '基本目標\t施策\t取組',
      '1 つながる\t(1) 見守り\t① 訪問',
      '\t\t② 声かけ',
      '\t(2) 居場所\t① サロン',
      '2 ささえる\t(1) 相談',
    ]);
  });

  it('without a header, one box a line depth first; a label beside its value reads left to right', () => {
    const boxes = [
      box(0, 0, 4, 1, '基本理念'),
      box(5, 0, 25, 1, 'ささえあう町'),
      box(0, 3, 9, 3, '基本目標1', 'つながる'),
      box(12, 2, 15, 1, '1-1 見守り'),
      box(12, 4, 15, 1, '1-2 居場所'),
      box(12, 6, 15, 1, '1-3 交流'),
      // a gap, then a row that lines up with the chart's columns: more of the chart
      box(0, 9, 9, 2, '基本目標2', 'ささえる'),
      box(12, 9.5, 15, 1, '2-1 相談'),
    ];
    expect(read(boxes)).toEqual([
      '基本理念',
      'ささえあう町',
      '基本目標1 つながる',
      '1-1 見守り',
      '1-2 居場所',
      '1-3 交流',
      '基本目標2 ささえる',
      '2-1 相談',
    ]);
  });

  it('one column (a title over a body) reads top to bottom, keeping each paragraph a line', () => {
    expect(read([box(0, 5, 30, 8, '・ 施策1', '  ・ 取組'), box(0, 0, 30, 3, '基本目標1 つながる')])).toEqual([
      '基本目標1 つながる',
      '・ 施策1',
      '  ・ 取組',
    ]);
  });
});
