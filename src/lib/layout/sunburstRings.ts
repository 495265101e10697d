/** Thinnest ring worth drawing, in label heights: room for a short phrase of the smallest type. */
export const MIN_RING_EM = 7;
/** The centre's radius in rings; smaller when one ring is drawn, so that ring can hold words. */
export const HOLE = 0.95;
export const HOLE_ONE_RING = 0.7;
/** Room at the rim for the focus outline (4 px, half of it outside the sector), px. */
export const EDGE = 4;
/** Below this the disc is not worth drawing smaller; the box scrolls. */
export const MIN_DISC = 200;

/** The disc's side: it fits the box beside the legend, with room for the focus outline at its rim. */
export const discSize = (width: number, height: number, legendHeight: number) =>
  Math.max(MIN_DISC, Math.min(width, height - legendHeight) - 2 * EDGE);

export interface RingGeometry {
  /** Rings drawn around the centre. */
  rings: number;
  /** Radius of the centre and thickness of a ring, px. */
  hole: number;
  ring: number;
}

/**
 * How many rings a disc of `size` px draws, and how thick: up to `maxRings`, fewer and thicker
 * when the plan has fewer levels below the focus (`levelsBelow`), the disc is small or the type
 * is large, so a ring stays wide enough for a few words of `minFont` px type (at 特大 that is
 * often one ring, with words, rather than three with numbers).
 */
export function sunburstRings(size: number, maxRings: number, levelsBelow: number, minFont: number): RingGeometry {
  const roomFor = Math.floor((size / 2 - EDGE) / (MIN_RING_EM * minFont) - HOLE);
  const rings = Math.max(1, Math.min(maxRings, levelsBelow, roomFor));
  // One ring alone takes more of the radius from the centre, which then holds a shorter title.
  const holeRings = rings === 1 ? HOLE_ONE_RING : HOLE;
  const ring = (size / 2 - EDGE) / (rings + holeRings);
  return { rings, hole: ring * holeRings, ring };
}
