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
export function cardWindow(
  rows: number,
  rowHeight: number,
  top: number,
  viewHeight: number,
  overscan: number,
  initialRows: number,
): CardWindow {
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

/** A reader's place in the list: a card, and how far its row's top is below the top of the screen (px). */
export interface CardPlace {
  index: number;
  offset: number;
}

/**
 * Where the reader is, for the list's top at `top` px (as cardWindow): the focused card while it
 * shows on screen, else the first card of the first row whose top is on screen (the last row at
 * the end). The index, not the row, is kept, so the place survives a change in columns.
 */
export function placeAt(
  count: number,
  cols: number,
  rowHeight: number,
  top: number,
  viewHeight: number,
  focused: number | null,
): CardPlace | null {
  if (!(rowHeight > 0) || count <= 0 || cols <= 0) return null;
  if (focused !== null && focused >= 0 && focused < count) {
    const offset = top + Math.floor(focused / cols) * rowHeight;
    if (offset > -rowHeight && offset < viewHeight) return { index: focused, offset };
  }
  const row = Math.max(0, Math.min(Math.ceil(count / cols) - 1, Math.ceil(-top / rowHeight)));
  return { index: row * cols, offset: top + row * rowHeight };
}

/** The window's scroll position that puts `place` back: its row's top `offset` px below the top of the screen. */
export function scrollFor(place: CardPlace, cols: number, rowHeight: number, listTopInPage: number): number {
  return Math.max(
    0,
    Math.round(listTopInPage + Math.floor(place.index / Math.max(1, cols)) * rowHeight - place.offset),
  );
}
