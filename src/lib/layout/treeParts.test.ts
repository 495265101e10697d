import { describe, expect, it } from 'vitest';
import { treeColumns } from './treeColumns';
import { rollupBar } from './rollupBar';
import { deepestLegible } from './deepestLegible';

describe('treeColumns', () => {
  it('fits about 3.4 columns across the canvas, within 200–280 px a level at 標準', () => {
    expect(treeColumns(850, 16, 1).levelGap).toBe(250);
    expect(treeColumns(390, 16, 1).levelGap).toBe(200);
    expect(treeColumns(1920, 16, 1).levelGap).toBe(280);
  });

  it('widens the columns with the reader’s text size and leaves labels room before the next level', () => {
    const large = treeColumns(1280, 24, 1.5);
    expect(large.levelGap).toBe(420);
    expect(large.labelWidth).toBe(360);
    expect(large.fontSize).toBe(24);
  });

  it('gives leaves at least 240 px, however narrow the canvas', () => {
    expect(treeColumns(390, 16, 1).leafWidth).toBe(240);
    expect(treeColumns(1920, 16, 1).leafWidth).toBe(420);
  });
});

describe('rollupBar', () => {
  it('splits the bar by each status’s share, in order', () => {
    const grade = (symbol: string, rank: 1 | 2) => ({ symbol, rank, words: '' });
    const bar = rollupBar(
      [
        { grade: grade('A', 1), from: 0, to: 0.25 },
        { grade: grade('B', 2), from: 0.25, to: 1 },
      ],
      64,
    );
    expect(bar).toEqual([
      { symbol: 'A', rank: 1, x: 0, w: 16 },
      { symbol: 'B', rank: 2, x: 16, w: 48 },
    ]);
  });
});

describe('deepestLegible', () => {
  it('keeps the most levels that are legible, never fewer than one', () => {
    expect(deepestLegible(4, (d) => d <= 2)).toBe(2);
    expect(deepestLegible(4, () => false)).toBe(1);
    expect(deepestLegible(4, () => true)).toBe(3);
  });

  it('has nothing to close in a tree of one level', () => {
    expect(deepestLegible(1, () => false)).toBe(null);
  });
});
