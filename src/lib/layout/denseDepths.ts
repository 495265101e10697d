import type { Cell } from './partition';
import { project, type ZoomWindow } from './zoomWindow';

/**
 * A ring whose sectors average narrower than this, at the ring's middle, is drawn on one
 * canvas instead of one SVG element a sector: 24 px is the smallest target WCAG 2.2 (2.5.8)
 * asks for, and narrower than the 14 px type of a label with its margins, so nothing there is
 * read or pressed sector by sector. Measured with a 4,805-item plan at 1920×1080 (800 such
 * sectors, headless Chromium on the shared 2-core machine): first render 548 ms as SVG,
 * 191 ms with the ring on the canvas, about 0.45 ms an SVG sector; the threshold keeps an SVG
 * ring under about 90 sectors on a 1080p screen. Seed plans never use the canvas (too few items).
 */
export const MIN_SECTOR_PX = 24;

/**
 * Depths (absolute, as in the partition) whose ring, where the zoom ends, is too dense:
 * its sectors average under `minWidth` px along the ring's middle (`midRadius` of ring 1, 2 …).
 */
export function denseDepths(
  cells: readonly Cell[],
  target: ZoomWindow,
  rings: number,
  midRadius: (ring: number) => number,
  minWidth = MIN_SECTOR_PX,
): Set<number> {
  const counts = new Map<number, number>();
  for (const c of cells) {
    if (c.depth <= target.depth || c.depth > target.depth + rings) continue;
    if (c.x1 <= target.x0 || c.x0 >= target.x1 || !project(c, target, rings).visible) continue;
    counts.set(c.depth, (counts.get(c.depth) ?? 0) + 1);
  }
  const dense = [...counts].filter(([depth, n]) => (2 * Math.PI * midRadius(depth - target.depth)) / n < minWidth);
  return new Set(dense.map(([depth]) => depth));
}
