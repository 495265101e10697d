/**
 * Named thresholds of the reading-order reconstruction, in ems of the text's own size
 * (so they hold for any font size) or in shares of the page.
 */

/** Baselines closer than this share a line. */
export const SAME_LINE_EM = 0.35;
/** A gap at least this wide between runs on a line separates fragments (cells, columns). */
export const FRAGMENT_GAP_EM = 1.5;
/** A gap at least this wide between non-CJK runs is a space. */
export const SPACE_GAP_EM = 0.2;
/** Lines further apart than this (baseline to baseline), and than the block's own pitch, are separate paragraphs. */
export const PARAGRAPH_GAP_EM = 1.9;
/** Steps between lines up to this many ems count towards a block's own line pitch. */
export const LINE_PITCH_MAX_EM = 3.5;
/** A step up to this much more than the block's line pitch still continues the paragraph. */
export const PITCH_SLACK = 1.2;
/** Within a table cell, wrapped lines are at most this far apart. */
export const CELL_WRAP_EM = 1.8;
/** Rows of a table are at most this far apart (merged cells make tall rows). */
export const TABLE_ROW_GAP_EM = 4;
/** A line ending this close to its block's right edge was wrapped, not ended. */
export const WRAP_REACH_EM = 1.5;
/** Running headers and page numbers live in this share of the page at its top and foot. */
export const MARGIN_BAND = 0.1;
/** A column gutter lies in this middle share of the content width. */
export const GUTTER_ZONE = [0.25, 0.75] as const;
/** Half the narrowest gutter, in points. */
export const GUTTER_HALF = 5;
/** A column's wrapped line fills at least this share of the column. */
export const COLUMN_FILL = 0.7;
/** Lines in a run with text on both sides of the gutter before it counts as two columns. */
export const COLUMN_MIN_LINES = 4;
