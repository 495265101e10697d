import type { Cell } from './partition';
import { project, type ZoomWindow } from './zoomWindow';

/** A cell placed in one frame: angles in radians from 12 o'clock, clockwise; radii in px. */
export interface Placed {
  c: Cell;
  visible: boolean;
  a0: number;
  a1: number;
  r0: number;
  r1: number;
}

export interface LayerOptions {
  rings: number;
  /** Radius of the centre and thickness of a ring, px. */
  hole: number;
  ring: number;
  /** A big plan: only what is in view is placed, and dense rings go to the canvas. */
  big: boolean;
  /** Depths whose ring is too dense for SVG where the zoom ends (denseDepths). */
  dense: ReadonlySet<number>;
  /** The zoom has ended: the first ring is built as SVG, however dense. */
  settled: boolean;
  focusId: string;
}

/**
 * Where each cell of a sunburst is drawn in frame `w` of a zoom that ends at `target`: as
 * SVG, or on the canvas. A small plan keeps every cell in SVG, visible or not. A big plan
 * places only the cells in view and wider than a pixel; the dense rings and the cells the zoom
 * leaves behind (outside the new focus, or deeper than its rings) go to the canvas, so only what
 * a person can act on once the zoom ends is built as SVG. The first ring is that, however dense:
 * it is the ring a person zooms into next, so every node stays reachable with the keyboard, one
 * ring at a time. A dense first ring is built once the zoom has ended, not on its first frame.
 */
export function sunburstLayers(
  cells: readonly Cell[],
  w: ZoomWindow,
  target: ZoomWindow,
  o: LayerOptions,
): { svg: Placed[]; canvas: Placed[] } {
  const svg: Placed[] = [];
  const canvas: Placed[] = [];
  const leaving = (c: Cell) =>
    c.depth <= target.depth || c.depth > target.depth + o.rings || c.x1 <= target.x0 || c.x0 >= target.x1;
  const dense = (c: Cell) => o.dense.has(c.depth) && !(o.settled && c.depth === target.depth + 1);
  for (const c of cells) {
    // Most cells of a big plan lie outside the window: skip them before projecting.
    if (
      o.big &&
      (c.depth <= w.depth || c.depth > w.depth + o.rings + 1e-9 || c.x1 <= w.x0 || c.x0 >= w.x1 || c.id === o.focusId)
    )
      continue;
    const p = project(c, w, o.rings);
    const placed = {
      c,
      visible: p.visible,
      a0: p.a0,
      a1: p.a1,
      r0: o.hole + (p.ring0 - 1) * o.ring,
      r1: o.hole + (p.ring1 - 1) * o.ring,
    };
    if (!o.big) svg.push(placed);
    else if (p.visible && (p.a1 - p.a0) * placed.r1 >= 1) (dense(c) || leaving(c) ? canvas : svg).push(placed);
  }
  return { svg, canvas };
}
