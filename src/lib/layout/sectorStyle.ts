import type { PlanNode } from '../plan/schema';
import { branchColor } from './branchColor';

/** An outline drawn round a sector: a search hit boldest, 重点 bold, 新規 dashed. */
export type SectorOutline = 'match' | 'juten' | 'shinki' | null;

/** How a sector looks, in the SVG and on the canvas alike (one decision for both). */
export interface SectorStyle {
  /** A colour, or an evaluation rank (1–4) drawn with its pattern, never the colour alone. */
  fill: string | number;
  outline: SectorOutline;
  /** 再掲 (shown again from elsewhere in the plan): hatched over its fill. */
  hatch: boolean;
  /** Something is highlighted and this sector is not on the way to it. */
  dim: boolean;
}

/** What the viewer says of one sector. */
export interface SectorMarks {
  /** The item's evaluation rank in the year shown, if it has one. */
  rank: number | null;
  match: boolean;
  dim: boolean;
}

/**
 * A sector's fill and outline: its evaluation's rank when it has one, its branch colour
 * otherwise; one outline, a search hit's before 重点's before 新規's.
 */
export function sectorStyle(c: { node: PlanNode; branch: number; depth: number }, marks: SectorMarks): SectorStyle {
  const tags = c.node.tags;
  const outline = marks.match ? 'match' : tags.includes('重点') ? 'juten' : tags.includes('新規') ? 'shinki' : null;
  return { fill: marks.rank ?? branchColor(c.branch, c.depth), outline, hatch: tags.includes('再掲'), dim: marks.dim };
}

/**
 * The outlines' strokes, for what draws sectors itself (the canvas, its SVG copy in an export);
 * the page's SVG sectors take the same from Sunburst.svelte's CSS.
 */
export const OUTLINE_STROKES: Readonly<Record<Exclude<SectorOutline, null>, { width: number; dash: number[] }>> = {
  juten: { width: 2.5, dash: [] },
  shinki: { width: 2, dash: [5, 3] },
  match: { width: 3, dash: [] },
};
