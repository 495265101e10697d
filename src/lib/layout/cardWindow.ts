/**
 * Which rows of a grid of equal cards to draw: those on screen and a few either side, so a
 * list of 1,741 councils costs what a screenful costs (see VirtualCards.svelte).
 */
export interface CardWindow {
  /** First row drawn (inclusive) and last (exclusive). */
  first: number;
  last: number;
}

/** How many columns of cards at least `min` px wide fit in `width`, `gap` apart (as CSS auto-fill does). */
export function columnsFor(width: number, min: number, gap: number): number {
  if (!(width > 0) || !(min > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (min + gap)));
}

/**
 * The rows to draw for a list whose top is `top` px from the top of the viewport (negative
 * once scrolled past), `viewHeight` tall, rows `rowHeight` px apart. Before the row height is
 * known, the first `initialRows` rows.
 */
export function cardWindow(rows: number, rowHeight: number, top: number, viewHeight: number, overscan: number, initialRows: number): CardWindow {
  if (!(rowHeight > 0)) return { first: 0, last: Math.min(rows, initialRows) };
  const first = Math.max(0, Math.min(rows, Math.floor(-top / rowHeight) - overscan));
  const last = Math.max(first, Math.min(rows, Math.ceil((viewHeight - top) / rowHeight) + overscan));
  return { first, last };
}

/** Rows kept drawn between the window and a focused card scrolled away from it, at most. */
export const KEEP_FOCUS_ROWS = 40;

/**
 * The window widened to keep the row holding keyboard focus drawn, so scrolling with the keys or
 * the wheel never drops focus to the top of the page; not past KEEP_FOCUS_ROWS rows away.
 */
export function keepRow(w: CardWindow, row: number | null, rows: number): CardWindow {
  if (row === null || row < 0 || row >= rows) return w;
  if (row < w.first && w.first - row <= KEEP_FOCUS_ROWS) return { first: row, last: Math.max(w.last, row + 1) };
  if (row >= w.last && row + 1 - w.last <= KEEP_FOCUS_ROWS) return { first: Math.min(w.first, row), last: row + 1 };
  return w;
}
