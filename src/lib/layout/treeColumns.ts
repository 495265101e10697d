import type { TreeOptions } from './treeLayout';

/** The gap between levels at 標準, px: never wider or narrower than these. */
const MAX_GAP = 280;
const MIN_GAP = 200;
/** The canvas holds this many columns: on a 1024 px screen three levels fit side by side, labels whole. */
const COLUMNS = 3.4;
/** Room a label leaves before the next level's dot, px. */
const LABEL_ROOM = 60;
/** A leaf's label: this wide at most at 標準, and at least this wide however narrow the canvas, px. */
const MAX_LEAF = 420;
const MIN_LEAF = 240;
/** Room kept right of a leaf's label, px. */
const LEAF_MARGIN = 40;

/** The tree's columns for a canvas `width` px wide, labels at `fontSize` and the reader's text `scale`. */
export function treeColumns(width: number, fontSize: number, scale: number): Partial<TreeOptions> {
  const levelGap = Math.round(Math.min(MAX_GAP, Math.max(MIN_GAP, width / COLUMNS)) * scale);
  return {
    fontSize,
    levelGap,
    labelWidth: levelGap - LABEL_ROOM,
    leafWidth: Math.min(MAX_LEAF * scale, Math.max(MIN_LEAF, width - 2 * levelGap - LEAF_MARGIN)),
  };
}
