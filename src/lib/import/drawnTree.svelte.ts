import type { PlanHierarchy } from '../plan/hierarchy';
import { treeWindow, type TreeWindow } from './treeWindow';

/**
 * Deeper levels are not drawn (a plan has a handful; hundreds would overflow the page's
 * rendering), nor more than `limit` items at once (a long text's tree stays quick to draw).
 */
export const SHOWN_DEPTH = 30;
const STEP = 150;
/** New items drawn per task: a page of a long plan's new tree comes over a few short tasks. */
const DRAW_STEP = 25;

/**
 * What the import page's tree draws of the plan as it stands: a window that grows by a page on
 * 「続きを表示」 and draws a page of new items over a few short tasks (see treeWindow).
 */
export class DrawnTree {
  private limit = $state(STEP);
  private pass = $state(0);
  /** What the last window drew (not state: it only feeds the next pass). */
  private drawn: ReadonlySet<string> = new Set();
  readonly view: TreeWindow;

  constructor(source: () => { items: PlanHierarchy[]; current: string | null }) {
    this.view = $derived.by(() => {
      void this.pass;
      const { items, current } = source();
      const w = treeWindow(items, current, SHOWN_DEPTH, this.limit, { drawn: this.drawn, budget: DRAW_STEP });
      this.drawn = w.shown;
      return w;
    });
  }

  /** For an $effect: while items wait to be drawn, the next few are drawn in a later task. */
  drawRest(): (() => void) | undefined {
    if (!this.view.pending) return;
    const next = setTimeout(() => this.pass++);
    return () => clearTimeout(next);
  }

  /** 「続きを表示」: a page more. */
  showMore(): void {
    this.limit += STEP;
  }
}
