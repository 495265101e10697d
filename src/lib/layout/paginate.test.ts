import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('paginate', () => {
  it('keeps a slide that fits on one page', () => {
    expect(paginate({ room: 500, head: 100, continuedHead: 50, atoms: [100, 100, 100] })).toEqual({
      pages: [{ from: 0, to: 3 }],
      overflow: false,
    });
  });

  it('continues what does not fit on the next page, under the shorter continued heading', () => {
    // 100 + 3 × 120 = 460 > 400: the third item goes on; the next page has 50 + 120 + 120.
    const r = paginate({ room: 400, head: 100, continuedHead: 50, atoms: [120, 120, 120, 120, 120] });
    expect(r.pages).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
      { from: 4, to: 5 },
    ]);
    expect(r.overflow).toBe(false);
  });

  it('takes a paragraph whole when it fits, at its set height rather than the sum of its sentences', () => {
    const groups = new Map([[0, { from: 0, to: 3, height: 200 }]]);
    // Sentence by sentence it would be 3 × 90 = 270 and not fit beside the 150 px item.
    expect(paginate({ room: 460, head: 100, continuedHead: 50, atoms: [90, 90, 90, 150], groups }).pages).toEqual([
      { from: 0, to: 4 },
    ]);
  });

  it('cuts a paragraph too long for the page between sentences', () => {
    const groups = new Map([[0, { from: 0, to: 4, height: 380 }]]);
    expect(paginate({ room: 300, head: 100, continuedHead: 50, atoms: [100, 100, 100, 100], groups }).pages).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
    ]);
  });

  it('never leaves a heading at the foot of a page', () => {
    const keepWithNext = new Set([2]);
    expect(
      paginate({ room: 400, head: 100, continuedHead: 50, atoms: [100, 100, 40, 100], keepWithNext }).pages,
    ).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
    ]);
  });

  it('says so when one piece is taller than a page on its own, and still shows it', () => {
    const r = paginate({ room: 300, head: 100, continuedHead: 50, atoms: [100, 400, 100] });
    expect(r.pages).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 2, to: 3 },
    ]);
    expect(r.overflow).toBe(true);
  });
});
