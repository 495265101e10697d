import { cardWindow, columnsFor, keepRow, placeAt, type CardPlace } from '../layout/cardWindow';

/** Cards are at least 20rem wide, 1rem apart (as VirtualCards' CSS). */
export const MIN_REM = 20;
export const GAP_REM = 1;
/**
 * Every row is this tall: a card's lines are clamped to fit (PlanCard), so rows need no measuring.
 * PlanCard at its tallest: the link's lines at their clamps (15.5rem) and the 「くらべる」 strip (2.75rem: 44 px).
 */
export const ROW_REM = 18.5;
/** Rows drawn beyond each edge of the screen: a fast flick or a Tab never meets a blank. */
const OVERSCAN = 3;
/** Rows drawn before anything is measured (the first screen of a 1024×768 projector and more). */
const INITIAL_ROWS = 6;

const UNMEASURED: ListMetrics = { rem: 16, width: 0, top: 0, viewHeight: 800 };

/** What VirtualCards measures of its list and the window. */
export interface ListMetrics {
  /** The root font size, px. */
  rem: number;
  /** The list's width, and its top from the top of the window, px. */
  width: number;
  top: number;
  viewHeight: number;
}

/**
 * Which cards of a long grid are drawn: the rows near the screen, and the row of the card that
 * holds keyboard focus while it is scrolled off. Measures are given (the component reads the
 * DOM); a focus belongs to the list it was in, so a new list (another filter) holds none.
 */
export class CardList<T> {
  /** Null until the list is first measured: then the first rows are drawn. */
  metrics = $state.raw<ListMetrics | null>(null);
  /** The card holding keyboard focus, in the list it was given for. */
  private focus = $state.raw<{ items: readonly T[]; index: number } | null>(null);

  readonly cols: number;
  readonly rows: number;
  /** Row pitch: one row (every row is ROW_REM tall) and the gap below it; 0 until measured. */
  readonly rowHeight: number;
  readonly focused: number | null;
  readonly window: { first: number; last: number };
  /** The cards drawn, from the first drawn row's first card. */
  readonly shown: readonly T[];

  constructor(private readonly items: () => readonly T[]) {
    const m = $derived(this.metrics ?? UNMEASURED);
    this.cols = $derived(columnsFor(m.width, MIN_REM * m.rem, GAP_REM * m.rem));
    this.rows = $derived(Math.ceil(items().length / this.cols));
    this.rowHeight = $derived(this.metrics ? (ROW_REM + GAP_REM) * this.metrics.rem : 0);
    this.focused = $derived(this.focus?.items === items() ? this.focus.index : null);
    this.window = $derived.by(() => {
      const { top, viewHeight } = m;
      const w = cardWindow(this.rows, this.rowHeight, top, viewHeight, OVERSCAN, INITIAL_ROWS);
      return keepRow(w, this.focused === null ? null : Math.floor(this.focused / this.cols), this.rows);
    });
    this.shown = $derived(items().slice(this.window.first * this.cols, this.window.last * this.cols));
  }

  /** Padding above and below the drawn rows, px: the list keeps its full height. */
  get padding(): { top: number; bottom: number } {
    return {
      top: this.window.first * this.rowHeight,
      bottom: Math.max(0, (this.rows - this.window.last) * this.rowHeight),
    };
  }

  /** Focus moved to the card at `index` (null: out of the list). */
  setFocus(index: number | null): void {
    this.focus = index === null ? null : { items: this.items(), index };
  }

  /** The reader's place: the card at the top of the screen, or the focused one. */
  place(): CardPlace | null {
    const { top, viewHeight } = this.metrics ?? UNMEASURED;
    return placeAt(this.items().length, this.cols, this.rowHeight, top, viewHeight, this.focused);
  }
}
