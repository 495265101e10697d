import { describe, expect, it } from 'vitest';
import { readBoxes, type Box } from './readBoxes';

const box = (data: string, x0: number, y0: number, w: number, h: number): Box<string> => ({
  data,
  x0,
  y0,
  x1: x0 + w,
  y1: y0 + h,
});
const read = (boxes: Box<string>[]) => readBoxes(boxes).map((p) => `${'  '.repeat(p.depth)}${p.box.data}`);

describe('readBoxes', () => {
  it('reads boxes side by side one at a time, left to right, whatever order they come in', () => {
    expect(
      read([box('目標3', 400, 50, 150, 200), box('目標1', 20, 50, 150, 200), box('目標2', 210, 55, 150, 190)]),
    ).toEqual(['目標1', '目標2', '目標3']);
  });

  it('reads a title bar, then the row of boxes under it', () => {
    expect(read([box('右', 300, 100, 200, 250), box('見出し', 20, 20, 500, 40), box('左', 20, 100, 200, 250)])).toEqual(
      ['見出し', '左', '右'],
    );
  });

  it('reads a grid of equal boxes row by row', () => {
    expect(
      read([
        box('B', 200, 20, 100, 50),
        box('C', 20, 100, 100, 50),
        box('A', 20, 20, 100, 50),
        box('D', 200, 100, 100, 50),
      ]),
    ).toEqual(['A', 'B', 'C', 'D']);
  });

  it('reads a fanning 体系図 in tree order, each box under the nearest box of the column before', () => {
    const chart = [
      box('施策1-1', 400, 0, 120, 30),
      box('施策1-2', 400, 40, 120, 30),
      box('施策2-1', 400, 100, 120, 30),
      box('施策2-2', 400, 140, 120, 30),
      box('目標2', 200, 115, 120, 40),
      box('目標1', 200, 15, 120, 40),
      box('理念', 20, 60, 120, 50),
    ];
    expect(read(chart)).toEqual([
      '理念',
      '  目標1',
      '    施策1-1',
      '    施策1-2',
      '  目標2',
      '    施策2-1',
      '    施策2-2',
    ]);
  });

  it('reads a fanning chart without a root column: several trees', () => {
    expect(
      read([
        box('施策a', 300, 0, 100, 20),
        box('目標1', 100, 10, 100, 30),
        box('施策b', 300, 30, 100, 20),
        box('施策c', 300, 80, 100, 20),
        box('目標2', 100, 75, 100, 30),
      ]),
    ).toEqual(['目標1', '  施策a', '  施策b', '目標2', '  施策c']);
  });
});
