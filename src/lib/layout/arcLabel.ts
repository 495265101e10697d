import { fitLabel, type LabelFit } from './fitLabel';

export interface ArcLabel extends LabelFit {
  /** SVG transform placing the text block at the middle of the sector, reading left to right. */
  transform: string;
}

const PAD = 6;

/**
 * Label of a sunburst sector. Text runs along the radius (as in Bostock's sunburst), so a line
 * may be as long as the ring is thick; lines stack across the sector, so their count is bounded
 * by the arc length at the inner radius, the narrowest part: labels cannot overlap a neighbour.
 */
export function arcLabel(text: string, a0: number, a1: number, r0: number, r1: number): ArcLabel | null {
  const width = r1 - r0 - 2 * PAD;
  const height = (a1 - a0) * (r0 + PAD) - 4;
  const fit = fitLabel(text, width, height);
  if (!fit) return null;
  const mid = ((a0 + a1) / 2) * (180 / Math.PI);
  const r = (r0 + r1) / 2;
  // Rotate so the text lies on the radius; flip on the left half so it never reads upside down.
  const transform = `rotate(${(mid - 90).toFixed(2)}) translate(${r.toFixed(2)},0) rotate(${mid < 180 ? 0 : 180})`;
  return { ...fit, transform };
}
