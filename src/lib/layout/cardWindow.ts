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
