/**
 * Which sheet of a workbook holds the plan's 体系図: each visible sheet is scored on the
 * evidence a person would look for, and the highest wins. The scores are returned so the
 * choice can be told ("シート「体系図」を読みました").
 */
import { HEADER_WORD, LEVEL_WORD } from './levelWords';
import type { SheetGrid } from './readSheet';

/** A cell that starts with a plan's numbering: 1, 1-1, (1), ①, ア. */
const NUMBERED = /^(?:\d+(?:[-－‐.．]\d+)*[\s　.．、]|[(（]\d+[)）]|[①-⑳]|[ア-ン][\s　.．、])/u;
/** Weights: a header row is near proof; level words and numbers are many small hints. */
const WEIGHT = { header: 20, levelWord: 2, numbered: 1, merge: 1, name: 10 } as const;
const PLAN_SHEET_NAME = /体系|計画|施策|取組/;

export interface SheetScore {
  name: string;
  score: number;
}

export function scoreSheet(name: string, grid: SheetGrid): number {
  let score = PLAN_SHEET_NAME.test(name) ? WEIGHT.name : 0;
  for (const row of grid.rows) {
    if (row.cells.filter((c) => HEADER_WORD.test(c)).length >= 2) score += WEIGHT.header;
    for (const c of row.cells) {
      if (!c) continue;
      if (LEVEL_WORD.test(c) && !HEADER_WORD.test(c)) score += WEIGHT.levelWord;
      if (NUMBERED.test(c)) score += WEIGHT.numbered;
    }
  }
  return score + grid.merges * WEIGHT.merge;
}

/** The index of the sheet to read among `sheets` (visible ones), and every sheet's score. */
export function chooseSheet(sheets: { name: string; grid: SheetGrid }[]): { index: number; scores: SheetScore[] } {
  const scores = sheets.map((s) => ({ name: s.name, score: scoreSheet(s.name, s.grid) }));
  let index = 0;
  scores.forEach((s, i) => {
    if (s.score > scores[index].score) index = i;
  });
  return { index, scores };
}
