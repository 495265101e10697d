import type { Rollup } from '../progress/rollup';
import { rollupParts } from '../progress/rollup';
import type { Scale } from '../progress/scales';
import type { Sector } from './sectorAt';
import type { Placed } from './sunburstLayers';

/** Thickness of a roll-up band at a sector's outer edge, px. */
export const BAND = 7;

/** A roll-up band, in an evaluation rank's pattern. */
export interface RollupBand extends Sector {
  id: string;
  rank: number;
}

/**
 * With progress shown, each sector that has evaluated items below it carries a thin band at its
 * outer edge, split by their statuses in the scale's order. The focus (the centre) has none.
 */
export function rollupBands(
  sectors: readonly Placed[],
  rollupOf: (id: string) => Rollup | null,
  scale: Scale,
  focusId: string,
): RollupBand[] {
  return sectors.flatMap((s) => {
    const counts = s.visible && s.c.id !== focusId ? rollupOf(s.c.id) : null;
    if (!counts) return [];
    const angle = (f: number) => s.a0 + (s.a1 - s.a0) * f;
    return rollupParts(counts, scale).map((p) => ({
      id: `${s.c.id}:${p.grade.symbol}`,
      a0: angle(p.from),
      a1: angle(p.to),
      r0: s.r1 - BAND,
      r1: s.r1 - 1,
      rank: p.grade.rank,
    }));
  });
}
