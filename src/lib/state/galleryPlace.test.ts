import { describe, expect, it, vi } from 'vitest';
import { filterOf, KEEP_DELAY_MS, placeKeeper, readPlace, withPlace, type GalleryPlace } from './galleryPlace';

const all = filterOf('', '');
const place: GalleryPlace = { filter: all, key: 'kasama', offset: 120, focus: 0 };

describe('readPlace', () => {
  it('reads the place kept for the same filter only', () => {
    const state = withPlace(null, place);
    expect(readPlace(state, all)).toEqual(place);
    expect(readPlace(state, filterOf('千葉県', ''))).toBeNull();
    expect(readPlace(state, filterOf('', '木更津'))).toBeNull();
  });
  it('keeps what else the history entry holds', () => {
    expect(withPlace({ other: 1 }, place)).toEqual({ other: 1, galleryPlace: place });
  });
  it("ignores a state that is not a place (none, another page's, damaged)", () => {
    expect(readPlace(null, all)).toBeNull();
    expect(readPlace({ galleryPlace: { filter: all, key: 3, offset: 0 } }, all)).toBeNull();
    expect(readPlace({ galleryPlace: { filter: all, key: 'a', offset: Number.NaN } }, all)).toBeNull();
    expect(readPlace({ galleryPlace: { filter: all, key: 'a', offset: 5, focus: -1 } }, all)).toEqual({
      filter: all,
      key: 'a',
      offset: 5,
      focus: null,
    });
  });
  it('tells apart filters whose words would run together', () => {
    expect(filterOf('a', 'b')).not.toBe(filterOf('', 'ab'));
  });
});

describe('placeKeeper', () => {
  const fakeWindow = () => {
    const history = { state: { other: 1 } as unknown, replaceState: vi.fn((s: unknown) => (history.state = s)) };
    return {
      history,
      setTimeout: globalThis.setTimeout,
      clearTimeout: globalThis.clearTimeout,
    } as unknown as Window & { history: typeof history };
  };

  it('writes the latest place once scrolling rests, and at once for a click', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const keeper = placeKeeper(() => all, win);
    keeper.note({ ...place, offset: 1 });
    keeper.note({ ...place, offset: 2 });
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(KEEP_DELAY_MS);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(readPlace(win.history.state, all)?.offset).toBe(2);
    keeper.note({ ...place, offset: 3 }, true);
    expect(readPlace(win.history.state, all)?.offset).toBe(3);
    expect((win.history.state as { other: number }).other).toBe(1);
    vi.useRealTimers();
  });

  it('writes nothing once the address is another page or another filter (the entry is no longer this list)', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    let now: string | null = all;
    const keeper = placeKeeper(() => now, win);
    keeper.note(place);
    now = null;
    vi.advanceTimersByTime(KEEP_DELAY_MS);
    keeper.note(place, true);
    now = filterOf('千葉県', '');
    keeper.note(place, true);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    keeper.note(place);
    keeper.stop();
    vi.advanceTimersByTime(KEEP_DELAY_MS);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
