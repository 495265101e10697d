import { describe, expect, it } from 'vitest';
import { cardWindow, columnsFor, keepRow, KEEP_FOCUS_ROWS } from './cardWindow';

describe('columnsFor', () => {
  it('fits as many minimum-width cards as CSS auto-fill would', () => {
    expect(columnsFor(1280, 320, 16)).toBe(3); // 3 × 320 + 2 × 16 = 992 ≤ 1280 < 4 × 320 + 3 × 16
    expect(columnsFor(1328, 320, 16)).toBe(4);
    expect(columnsFor(358, 320, 16)).toBe(1);
  });
  it('is one column on a narrow or unmeasured list', () => {
    expect(columnsFor(200, 320, 16)).toBe(1);
    expect(columnsFor(0, 320, 16)).toBe(1);
  });
});

describe('cardWindow', () => {
  it('draws the first rows until the row height is known', () => {
    expect(cardWindow(600, 0, 0, 800, 2, 4)).toEqual({ first: 0, last: 4 });
    expect(cardWindow(2, 0, 0, 800, 2, 4)).toEqual({ first: 0, last: 2 });
  });
  it('draws the rows on screen and a few either side', () => {
    // List starts 300 px down the screen: rows 0–2 visible in 800 px of 250 px rows, plus 2 after.
    expect(cardWindow(600, 250, 300, 800, 2, 4)).toEqual({ first: 0, last: 4 });
    // Scrolled 10,000 px into the list: rows 40–43 on screen.
    expect(cardWindow(600, 250, -10_000, 800, 2, 4)).toEqual({ first: 38, last: 46 });
  });
  it('stays within the list at its end and when the list is off screen', () => {
    expect(cardWindow(50, 250, -12_400, 800, 2, 4)).toEqual({ first: 47, last: 50 });
    expect(cardWindow(50, 250, -100_000, 800, 2, 4)).toEqual({ first: 50, last: 50 });
    expect(cardWindow(50, 250, 5_000, 800, 2, 4)).toEqual({ first: 0, last: 0 });
  });
});

describe('keepRow', () => {
  it('widens the window to the focused row, above or below', () => {
    expect(keepRow({ first: 10, last: 18 }, 3, 100)).toEqual({ first: 3, last: 18 });
    expect(keepRow({ first: 10, last: 18 }, 30, 100)).toEqual({ first: 10, last: 31 });
    expect(keepRow({ first: 10, last: 18 }, 12, 100)).toEqual({ first: 10, last: 18 });
  });
  it('lets go of a focus scrolled far away, or gone with a new filter', () => {
    expect(keepRow({ first: 100, last: 108 }, 100 - KEEP_FOCUS_ROWS - 1, 200)).toEqual({ first: 100, last: 108 });
    expect(keepRow({ first: 0, last: 8 }, 150, 100)).toEqual({ first: 0, last: 8 });
    expect(keepRow({ first: 0, last: 8 }, null, 100)).toEqual({ first: 0, last: 8 });
  });
});
