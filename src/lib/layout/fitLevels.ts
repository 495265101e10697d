import type { ZoomTransform } from 'd3-zoom';
import { fitTransform } from './fitTransform';
import type { TreeItem, TreeResult } from './treeLayout';

/** The box around some items of a tree, labels included. */
export function boxOf(items: readonly TreeItem[]): { x0: number; x1: number; y0: number; y1: number } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const it of items) {
    x0 = Math.min(x0, it.x - 12);
    x1 = Math.max(x1, it.x + it.reach);
    y0 = Math.min(y0, it.y - it.height / 2);
    y1 = Math.max(y1, it.y + it.height / 2);
  }
  return { x0, x1, y0, y1 };
}

/**
 * 全体表示 that stays legible: the whole open tree if it fits at `minScale` or more, else the
 * most levels from the top that do (on a phone, the vision and its goals rather than every item
 * at 2 px), else the root at `minScale`, at the left.
 */
export function fitLevels(
  layout: TreeResult,
  width: number,
  height: number,
  minScale: number,
  margin = 24,
): ZoomTransform {
  const whole = fitTransform(layout, width, height, { margin });
  if (whole.k >= minScale) return whole;
  const deepest = Math.max(0, ...layout.items.map((i) => i.depth));
  for (let depth = deepest - 1; depth >= 1; depth--) {
    const t = fitTransform(boxOf(layout.items.filter((i) => i.depth <= depth)), width, height, { margin });
    if (t.k >= minScale) return t;
  }
  return fitTransform(layout, width, height, { margin, minScale, anchor: layout.items[0] });
}
