import { describe, expect, it } from 'vitest';
import { CardList, GAP_REM, ROW_REM } from './cardList.svelte';

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `p${from + i}`);
const ROW = (ROW_REM + GAP_REM) * 16;

/** A list of `n` cards, as VirtualCards has it; `items` can be swapped as another filter would. */
function list(n: number) {
  let items = $state(range(n));
  const cards = new CardList(() => items);
  return { cards, set: (next: string[]) => (items = next) };
}

describe('CardList', () => {
  it('draws the first rows before anything is measured', () => {
    const { cards } = list(100);
    expect(cards.cols).toBe(1);
    expect(cards.shown).toEqual(range(6));
    expect(cards.place()).toBe(null);
  });

  it('draws the rows on screen and a few either side, keeping the list’s full height', () => {
    const { cards } = list(100);
    // Three columns of 20rem at 16 px; scrolled ten rows down a 1,000 px screen.
    cards.metrics = { rem: 16, width: 3 * 320 + 2 * 16, top: -10 * ROW, viewHeight: 1000 };
    expect(cards.cols).toBe(3);
    expect(cards.window).toEqual({ first: 7, last: 17 });
    expect(cards.shown[0]).toBe('p21');
    expect(cards.padding).toEqual({ top: 7 * ROW, bottom: (34 - 17) * ROW });
    expect(cards.place()).toEqual({ index: 30, offset: 0 });
  });

  it('keeps the focused card’s row drawn when it is scrolled away, until the list changes', () => {
    const { cards, set } = list(100);
    cards.metrics = { rem: 16, width: 320, top: 0, viewHeight: 1000 };
    cards.setFocus(1);
    cards.metrics = { ...cards.metrics, top: -30 * ROW };
    expect(cards.window.first).toBe(1);
    expect(cards.shown[0]).toBe('p1');
    set(range(100, 1000));
    expect(cards.focused).toBe(null);
    expect(cards.window.first).toBe(27);
  });
});
