/** A piece of text as the PDF places it: top-down coordinates in points, baseline y. */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js set it in a vertical font (縦書き). */
  vertical?: boolean;
  /** In a tagged PDF, the structure element it belongs to. */
  tag?: Tag;
}

export interface PageRuns {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: Run[];
  /** Its rules and rectangles (drawing.ts); without them the page reads by text position alone. */
  drawing?: Drawing;
}

/** Runs on one baseline with no wide gap between them: a phrase, a cell, a column's line. */
export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The structure element of its first run (tagged PDFs). */
  tag?: Tag;
}

/** Fragments sharing a baseline, left to right. */
export interface Line {
  frags: Fragment[];
  y: number;
  size: number;
  /** The structure element of its first fragment (tagged PDFs). */
  tag?: Tag;
}

/** What a page reads as: text lines (a table row's cells tab-separated). */
export type PageText = string[];

/** A level (y0 === y1) or plumb (x0 === x1) rule, top-down page coordinates in points. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A closed rectangle (or rounded box) as drawn: its bounds, and whether its outline or inside was painted. */
export interface Rect extends Segment {
  stroked: boolean;
  filled: boolean;
}

/** What a page draws that a reader uses: level rules, plumb rules, rectangles. */
export interface Drawing {
  h: Segment[];
  v: Segment[];
  rects: Rect[];
}

/** A heading or a list item: a tagged PDF's own word that a line starts or goes on with it, whatever its position says. */
export const isStrong = (t: Tag | undefined): boolean => t?.kind === 'heading' || t?.kind === 'item';

/** What a tagged PDF's structure tree says a run belongs to (structure.ts). */
export interface Tag {
  /** The block element, numbered in tree order on its page: a paragraph, heading, list item or table cell. */
  block: number;
  kind: 'heading' | 'item' | 'cell' | 'text';
  /** A heading's rank: H1 → 1 … H6 → 6 (a bare H → 1). */
  rank?: number;
  /** A list item's nesting: 1 for an item of a list not inside another. */
  depth?: number;
  /** A cell's table (numbered on the page), its row in that table, its place in the row, and whether it is a header cell. */
  table?: number;
  row?: number;
  cell?: number;
  /** How many cells the cell's row has, empty ones included. */
  rowCells?: number;
  header?: boolean;
}
