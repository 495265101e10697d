import type { Cell } from './partition';

/** What the sunburst shows: the angle range [x0, x1] of the focused cell and its depth. */
export interface ZoomWindow {
  x0: number;
  x1: number;
  depth: number;
}

export const windowOf = (c: Pick<Cell, 'x0' | 'x1' | 'depth'>): ZoomWindow => ({ x0: c.x0, x1: c.x1, depth: c.depth });

export interface Projected {
  /** Angles in radians (0 at 12 o'clock, clockwise) and ring indices relative to the focus. */
  a0: number;
  a1: number;
  ring0: number;
  ring1: number;
  visible: boolean;
}

/**
 * Projects a cell through a zoom window (Bostock's zoomable sunburst): the focus spans the whole
 * circle and sits in the centre; rings 1..rings around it are drawn, deeper ones are not.
 */
export function project(c: Cell, w: ZoomWindow, rings: number): Projected {
  const span = w.x1 - w.x0 || 1;
  const clamp = (v: number) => Math.max(0, Math.min(1, (v - w.x0) / span));
  const a0 = clamp(c.x0) * 2 * Math.PI;
  const a1 = clamp(c.x1) * 2 * Math.PI;
  const ring0 = c.y0 - w.depth;
  const ring1 = c.y1 - w.depth;
  return { a0, a1, ring0, ring1, visible: ring0 >= 1 && ring1 <= rings + 1 + 1e-9 && a1 - a0 > 1e-6 };
}
