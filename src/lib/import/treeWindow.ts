import type { PlanHierarchy } from '../plan/hierarchy';

export interface TreeWindow {
  /** Ids of the items drawn: the first `limit` in reading order down to `maxDepth`, and the chosen one. */
  shown: Set<string>;
  /** Items below each item at `maxDepth`, by id (drawn as a count). */
  below: Map<string, number>;
  /** Items deeper than `maxDepth` (not drawn). */
  deep: number;
  /** Items within `maxDepth` left for 続きを表示. */
  more: number;
  /** Items within the limit held back for the next pass (more new ones than one pass draws). */
  pending: number;
}

/** What was drawn before and how many items not drawn yet one pass may add (a long plan's first tree comes in passes). */
export interface Drawing {
  drawn: ReadonlySet<string>;
  budget: number;
}

/**
 * Which items of the import page's tree are drawn. Reading order makes the window whole: an
 * item's parent comes before it, so a drawn item's parents are drawn. The chosen item (moved to
 * by keyboard) widens the window to it, so focus never goes to an item that is not there.
 * With `drawing`, the window stops before the item that would pass the budget of new items
 * (the rest are `pending`): a page of new items is drawn over a few short tasks.
 */
export function treeWindow(
  items: PlanHierarchy[],
  current: string | null,
  maxDepth: number,
  limit: number,
  drawing?: Drawing,
): TreeWindow {
  const at = current ? items.findIndex((d) => d.data.id === current) : -1;
  const upTo = Math.max(limit, at + 1);
  const cut = drawing ? cutAt(items, maxDepth, upTo, at, drawing) : upTo;
  const out: TreeWindow = { shown: new Set(), below: new Map(), deep: 0, more: 0, pending: 0 };
  // In reading order, the items deeper than maxDepth follow the item at maxDepth they are under.
  let anchor = '';
  for (const [i, d] of items.entries()) {
    if (d.depth > maxDepth) {
      out.deep++;
      out.below.set(anchor, (out.below.get(anchor) ?? 0) + 1);
    } else if (i < cut) out.shown.add(d.data.id);
    else if (i < upTo) out.pending++;
    else out.more++;
    if (d.depth === maxDepth) anchor = d.data.id;
  }
  return out;
}

/** Where a pass stops: at the first new item past the budget, but never before the chosen item. */
function cutAt(items: PlanHierarchy[], maxDepth: number, upTo: number, at: number, { drawn, budget }: Drawing): number {
  let left = budget;
  for (let i = at + 1; i < Math.min(upTo, items.length); i++) {
    if (items[i].depth > maxDepth || drawn.has(items[i].data.id)) continue;
    if (left === 0) return i;
    left--;
  }
  return upTo;
}
