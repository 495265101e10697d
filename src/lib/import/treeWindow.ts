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
}

/**
 * Which items of the import page's tree are drawn. Reading order makes the window whole: an
 * item's parent comes before it, so a drawn item's parents are drawn. The chosen item (moved to
 * by keyboard) widens the window to it, so focus never goes to an item that is not there.
 */
export function treeWindow(items: PlanHierarchy[], current: string | null, maxDepth: number, limit: number): TreeWindow {
  const at = current ? items.findIndex((d) => d.data.id === current) : -1;
  const upTo = Math.max(limit, at + 1);
  const out: TreeWindow = { shown: new Set(), below: new Map(), deep: 0, more: 0 };
  // In reading order, the items deeper than maxDepth follow the item at maxDepth they are under.
  let anchor = '';
  for (const [i, d] of items.entries()) {
    if (d.depth > maxDepth) {
      out.deep++;
      out.below.set(anchor, (out.below.get(anchor) ?? 0) + 1);
    } else if (i < upTo) out.shown.add(d.data.id);
    else out.more++;
    if (d.depth === maxDepth) anchor = d.data.id;
  }
  return out;
}
