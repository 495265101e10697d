import { describe, expect, it } from 'vitest';
import { cardWindow, columnsFor, keepRow, KEEP_FOCUS_ROWS, placeAt, scrollFor } from './cardWindow';

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

describe('placeAt', () => {
  it("is the first card of the first row whose top is on screen, and that row's distance below the top", () => {
    // 100 cards, 3 columns, rows 300 px apart; the list's top 1,000 px above the screen: row 4 starts 200 px down.
    expect(placeAt(100, 3, 300, -1_000, 800, null)).toEqual({ index: 12, offset: 200 });
    // Scrolled exactly to a row's top.
    expect(placeAt(100, 3, 300, -900, 800, null)).toEqual({ index: 9, offset: 0 });
  });
  it('is the first card while the list starts below the top of the screen, and the last row at its end', () => {
    expect(placeAt(100, 3, 300, 250, 800, null)).toEqual({ index: 0, offset: 250 });
    expect(placeAt(10, 3, 300, -5_000, 800, null)).toEqual({ index: 9, offset: -4_100 });
  });
  it('is the focused card while it shows, wherever in its row', () => {
    expect(placeAt(100, 3, 300, -1_000, 800, 14)).toEqual({ index: 14, offset: 200 });
    // Partly above the screen still counts; scrolled off (far above or below) does not.
    expect(placeAt(100, 3, 300, -1_000, 800, 10)).toEqual({ index: 10, offset: -100 });
    expect(placeAt(100, 3, 300, -1_000, 800, 2)).toEqual({ index: 12, offset: 200 });
    expect(placeAt(100, 3, 300, -1_000, 800, 60)).toEqual({ index: 12, offset: 200 });
  });
  it('is nothing before the rows are measured or for an empty list', () => {
    expect(placeAt(100, 3, 0, 0, 800, null)).toBeNull();
    expect(placeAt(0, 3, 300, 0, 800, null)).toBeNull();
  });
});

describe('scrollFor', () => {
  it("puts the card's row back the same distance below the top of the screen", () => {
    // List 400 px down the page: row 4 (card 12) at 1,600 px in the page, 200 px below the top → scrolled to 1,400.
    expect(scrollFor({ index: 12, offset: 200 }, 3, 300, 400)).toBe(1_400);
    // The place a placeAt taken at that scroll reports (top = 400 - 1,400).
    expect(placeAt(100, 3, 300, 400 - 1_400, 800, null)).toEqual({ index: 12, offset: 200 });
  });
  it("finds the card's new row when the columns changed (a narrower window), and never scrolls above the page", () => {
    expect(scrollFor({ index: 12, offset: 0 }, 1, 300, 400)).toBe(4_000);
    expect(scrollFor({ index: 0, offset: 600 }, 3, 300, 400)).toBe(0);
  });
});
