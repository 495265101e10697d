import type { Cell } from './partition';
import { project, type ZoomWindow } from './zoomWindow';

/**
 * Rings with more sectors than this are drawn on one canvas instead of one SVG element a
 * sector. Measured with npm run bench (20,000 nodes, headless Chromium): each SVG sector with
 * its label, handlers and accessible name costs about 0.1 ms to build, style, lay out and
 * paint, a canvas sector under 5 µs; at 200 sectors in a ring on a 700 px disc, a sector of the
 * third ring is about 8 px wide at its middle: too thin for a label or a sure click, so
 * nothing a person reads or presses moves off the SVG. Seed plans (≤ ~100 nodes) never reach it.
 */
export const DENSE_RING_SECTORS = 200;

/**
 * Depths (absolute, as in the partition) whose ring, where the zoom ends, holds more than
 * `limit` sectors. The first ring around the centre is never dense: it is the ring a person
 * zooms into next, so every node stays reachable with the keyboard, one ring at a time.
 */
export function denseDepths(cells: readonly Cell[], target: ZoomWindow, rings: number, limit = DENSE_RING_SECTORS): Set<number> {
  const counts = new Map<number, number>();
  for (const c of cells) {
    if (c.depth <= target.depth + 1 || c.depth > target.depth + rings) continue;
    if (c.x1 <= target.x0 || c.x0 >= target.x1 || !project(c, target, rings).visible) continue;
    counts.set(c.depth, (counts.get(c.depth) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > limit).map(([d]) => d));
}
