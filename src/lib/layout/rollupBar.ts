import type { Grade } from '../progress/scales';

/** One status's segment of a roll-up bar. */
export interface BarSegment {
  symbol: string;
  rank: number;
  x: number;
  w: number;
}

/** A roll-up as a bar `width` px long: one segment per status, in the order and shares given. */
export function rollupBar(parts: readonly { grade: Grade; from: number; to: number }[], width: number): BarSegment[] {
  return parts.map((p) => ({
    symbol: p.grade.symbol,
    rank: p.grade.rank,
    x: width * p.from,
    w: width * (p.to - p.from),
  }));
}
