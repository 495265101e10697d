/**
 * Pages and lines that are not the plan: a table of contents (entries ending in page numbers
 * or dot leaders) and vertical-text pages (縦書き greetings), which a reader skips.
 */
import type { Line, Run } from './types';

/** A line ending in a page number after a leader or a gap: 「基本目標１ つながる……5」. */
const LEADER_END_RE = /(?:[.．…‥・·⋯]{3,}|\s)\s*[0-9０-９]{1,3}$/u;
const PAGE_NO_RE = /^[.．…‥・·⋯\s]*[0-9０-９]{1,3}$/u;
const TOC_TITLE_RE = /^(?:目\s*次|もくじ|CONTENTS)$/iu;
/** A page is a table of contents when at least this many lines, and this share of its lines, are entries. */
const TOC_MIN_ENTRIES = 3;
const TOC_SHARE = 0.5;
/** A page is vertical text when this share of its letters stand in vertical chains. */
const VERTICAL_SHARE = 0.6;
const VERTICAL_MIN_LETTERS = 20;

const lineText = (l: Line) => l.frags.map((f) => f.text).join(' ');
const isEntry = (l: Line) =>
  (l.frags.length >= 2 && PAGE_NO_RE.test(l.frags[l.frags.length - 1].text)) ||
  (LEADER_END_RE.test(lineText(l).trim()) && /[^\s0-9０-９.．…‥・·⋯]{2}/u.test(lineText(l)));

/** A page's lines without its table of contents (null when the page is no contents page). */
export function withoutContents(lines: Line[]): Line[] | null {
  const entries = lines.filter(isEntry);
  if (entries.length < TOC_MIN_ENTRIES || entries.length < TOC_SHARE * lines.length) return null;
  return lines.filter((l) => !isEntry(l) && !TOC_TITLE_RE.test(lineText(l).trim()));
}

/**
 * Vertical text: letters set one below the other (each run a letter or two, the next one
 * a letter's height below at the same x), or runs pdf.js marks as vertical.
 */
export function isVerticalPage(runs: Run[]): boolean {
  const letters = runs.filter((r) => r.text.trim());
  const total = letters.reduce((n, r) => n + [...r.text.trim()].length, 0);
  if (total < VERTICAL_MIN_LETTERS) return false;
  const byX = [...letters].sort((a, b) => a.x - b.x);
  const chained = new Set<Run>();
  for (let i = 0; i < byX.length; i++) {
    const r = byX[i];
    if (r.vertical) chained.add(r);
    if ([...r.text.trim()].length > 2) continue;
    for (let j = i + 1; j < byX.length && byX[j].x - r.x <= 0.3 * r.size; j++) {
      const s = byX[j];
      const dy = Math.abs(s.y - r.y);
      if ([...s.text.trim()].length <= 2 && dy >= 0.7 * r.size && dy <= 1.8 * r.size)
        [r, s].forEach((x) => chained.add(x));
    }
  }
  const share = [...chained].reduce((n, r) => n + [...r.text.trim()].length, 0) / total;
  return share >= VERTICAL_SHARE;
}
