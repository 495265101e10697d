import { arcLabel, type ArcLabel } from './arcLabel';
import type { Cell } from './partition';
import type { RingGeometry } from './sunburstRings';
import { project, type ZoomWindow } from './zoomWindow';

/** Line height of a label, in its font size. */
export const LINE_HEIGHT = 1.25;

export interface SunburstLabel extends ArcLabel {
  id: string;
  /** The code and title in full, for a label that had to be cut. */
  full: string;
}

/** Outside the focus or its rings: checked before projecting, for big plans. */
const outside = (c: Cell, w: ZoomWindow, rings: number) =>
  c.depth <= w.depth || c.depth > w.depth + rings || c.x1 <= w.x0 || c.x0 >= w.x1;

/**
 * The labels of the sectors where a zoom ends (`w`), largest type that fits first
 * (`sizes`, largest first). A sector too thin for one line of the smallest type has none:
 * its tooltip and accessible name carry the title.
 */
export function sunburstLabels(
  cells: readonly Cell[],
  w: ZoomWindow,
  g: RingGeometry,
  sizes: readonly number[],
): SunburstLabel[] {
  const smallest = sizes[sizes.length - 1];
  return cells.flatMap((c) => {
    if (outside(c, w, g.rings)) return [];
    const p = project(c, w, g.rings);
    const r0 = g.hole + (p.ring0 - 1) * g.ring;
    if (!p.visible || (p.a1 - p.a0) * r0 < smallest * 1.3) return [];
    const label = arcLabel(
      c.node.title,
      p.a0,
      p.a1,
      r0,
      g.hole + (p.ring1 - 1) * g.ring,
      sizes as number[],
      c.node.code,
    );
    return label ? [{ id: c.id, ...label, full: `${c.node.code ? `${c.node.code} ` : ''}${c.node.title}` }] : [];
  });
}

/** The y of each line of a label of `count` lines centred on `y`. */
export const lineY = (y: number, i: number, count: number, fontSize: number) =>
  y + (i - (count - 1) / 2) * fontSize * LINE_HEIGHT;

/**
 * Where a sector's opinion badge sits: on its outer edge (labels sit mid-ring); on the
 * outermost ring (`rim`), mostly outside the disc.
 */
export function badgeAt(
  s: { a0: number; a1: number; r1: number },
  rim: number,
  badgeSize: number,
): { x: number; y: number } {
  const r = s.r1 >= rim - 1 ? s.r1 + badgeSize * 0.5 : s.r1;
  return { x: Math.sin((s.a0 + s.a1) / 2) * r, y: -Math.cos((s.a0 + s.a1) / 2) * r };
}
