import { describe, expect, it } from 'vitest';
import { pageParts, sideBySide } from './pageParts';
import type { Run } from './types';

const run = (text: string, x: number, y: number, size = 10): Run => ({
  text,
  x,
  y,
  width: size * [...text].length,
  size,
});

describe('sideBySide', () => {
  it('reads the drawing only where text stands side by side or starts in three columns', () => {
    const prose = [
      run('基本目標1 つながる', 50, 100),
      run('地域のみなさんと取り組みます。', 50, 120),
      run('(1) 見守り', 50, 140),
      run('計画 3', 500, 20),
    ];
    expect(sideBySide(prose, 800)).toBe(false);
    expect(sideBySide([...prose, run('施策', 300, 100), run('取組', 300, 120)], 800)).toBe(true);
    const chart = [
      run('理念', 50, 300),
      run('まち', 50, 315),
      run('目標1', 200, 200),
      run('目標2', 200, 400),
      run('施策1', 350, 150),
      run('施策2', 350, 250),
    ];
    expect(sideBySide(chart, 800)).toBe(true);
  });
});

describe('pageParts', () => {
  it('puts text in the innermost box; a frame around boxes is not one, nor the page background', () => {
    const rect = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1, stroked: true, filled: false });
    const parts = pageParts(
      [run('左', 60, 120), run('右', 260, 120), run('外', 60, 380)],
      {
        h: [],
        v: [],
        rects: [rect(0, 0, 600, 800), rect(40, 90, 480, 400), rect(50, 100, 200, 200), rect(250, 100, 400, 200)],
      },
      600,
      800,
    );
    expect(parts.boxes.map((b) => b.data.map((r) => r.text).join(''))).toEqual(['左', '右']);
    expect(parts.free.map((r) => r.text)).toEqual(['外']);
  });
});
