/** A drawn annular sector: angles in radians from 12 o'clock, clockwise; radii in px. */
export interface Sector {
  a0: number;
  a1: number;
  r0: number;
  r1: number;
}

/** Sectors grouped by ring (same radii), each ring sorted by angle: what sectorAt searches. */
export type SectorIndex<T extends Sector> = { r0: number; r1: number; sectors: T[] }[];

export function indexSectors<T extends Sector>(sectors: readonly T[]): SectorIndex<T> {
  const rings = new Map<string, { r0: number; r1: number; sectors: T[] }>();
  for (const s of sectors) {
    if (s.a1 - s.a0 <= 1e-9) continue;
    const key = `${s.r0}:${s.r1}`;
    const ring = rings.get(key) ?? rings.set(key, { r0: s.r0, r1: s.r1, sectors: [] }).get(key)!;
    ring.sectors.push(s);
  }
  for (const ring of rings.values()) ring.sectors.sort((p, q) => p.a0 - q.a0);
  return [...rings.values()];
}

/**
 * The sector under the point (x, y) relative to the disc's centre (y down, as on screen), by
 * radius and then by angle (a binary search in the ring): thousands of sectors, no DOM. The
 * angle runs from 0 at 12 o'clock clockwise to just under 2π, so the last sector of a ring
 * (ending at 2π) holds the points just left of 12 o'clock.
 */
export function sectorAt<T extends Sector>(index: SectorIndex<T>, x: number, y: number): T | null {
  const r = Math.hypot(x, y);
  const ring = index.find((g) => r >= g.r0 && r < g.r1);
  if (!ring) return null;
  let a = Math.atan2(x, -y);
  if (a < 0) a += 2 * Math.PI;
  const s = ring.sectors;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a < s[mid].a0) hi = mid - 1;
    else if (a >= s[mid].a1) lo = mid + 1;
    else return s[mid];
  }
  return null;
}
