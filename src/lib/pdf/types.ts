/** A piece of text as the PDF places it: top-down coordinates in points, baseline y. */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PageRuns {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: Run[];
}

/** Runs on one baseline with no wide gap between them: a phrase, a cell, a column's line. */
export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Fragments sharing a baseline, left to right. */
export interface Line {
  frags: Fragment[];
  y: number;
  size: number;
}

/** What a page reads as: text lines (a table row's cells tab-separated). */
export type PageText = string[];
