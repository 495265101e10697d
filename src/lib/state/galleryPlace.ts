/**
 * Where a reader was in the gallery, kept in the history entry (history.state), so Back and a
 * reload return to the same card among 1,741 councils, and a new visit starts at the top. One
 * place an entry, for the filter it was taken under: typing a word replaces the address but
 * keeps the entry, and the old place must not apply to the new list.
 */
export interface ListPlace {
  /** The card (its plan id) and how far its row's top was below the top of the screen (px). */
  key: string;
  offset: number;
  /** Which of the card's controls held keyboard focus (0: its link), or null. */
  focus: number | null;
}

export interface GalleryPlace extends ListPlace {
  /** filterOf(pref, q) of the list the place is in. */
  filter: string;
}

const FIELD = 'galleryPlace';

export const filterOf = (pref: string, q: string): string => JSON.stringify([pref, q]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The place kept in a history entry's state for this filter, or null (another filter, none, or not ours). */
export function readPlace(state: unknown, filter: string): GalleryPlace | null {
  const p = isRecord(state) ? state[FIELD] : null;
  if (
    !isRecord(p) ||
    p.filter !== filter ||
    typeof p.key !== 'string' ||
    typeof p.offset !== 'number' ||
    !Number.isFinite(p.offset)
  )
    return null;
  const focus = typeof p.focus === 'number' && Number.isInteger(p.focus) && p.focus >= 0 ? p.focus : null;
  return { filter, key: p.key, offset: p.offset, focus };
}

/** The history state with the place written in, keeping what else the entry holds. */
export const withPlace = (state: unknown, place: GalleryPlace): Record<string, unknown> => ({
  ...(isRecord(state) ? state : {}),
  [FIELD]: place,
});

/** Scrolling reports a place every frame; the entry is rewritten once it rests (browsers limit replaceState calls). */
export const KEEP_DELAY_MS = 150;

/**
 * Keeps the reader's latest place in the current history entry while `current()` says the entry
 * is still this gallery list (a card's link changes the address before the gallery goes away).
 */
export function placeKeeper(
  current: () => string | null,
  win: Pick<Window, 'history' | 'setTimeout' | 'clearTimeout'> = window,
) {
  let pending: GalleryPlace | null = null;
  let timer: number | undefined;
  const flush = () => {
    win.clearTimeout(timer);
    timer = undefined;
    if (pending && current() === pending.filter) win.history.replaceState(withPlace(win.history.state, pending), '');
    pending = null;
  };
  return {
    /** A new place; `now` writes it at once (a click or a focus: the address may change next). */
    note(place: GalleryPlace, now = false) {
      pending = place;
      win.clearTimeout(timer);
      timer = now ? undefined : win.setTimeout(flush, KEEP_DELAY_MS);
      if (now) flush();
    },
    flush,
    stop() {
      win.clearTimeout(timer);
      pending = null;
    },
  };
}
