import { MARGIN_BAND } from './thresholds';
import type { Line } from './types';

/** Page numbers as printed: 12, - 12 -, ‐12‐, 12/40, p.12, (12). */
const PAGE_NUMBER_RE = /^(?:[-－‐–—]\s*)?[(（]?(?:p\.?\s*)?[0-9０-９]+[)）]?(?:\s*[-－‐–—])?(?:\s*\/\s*[0-9]+)?$/iu;

const lineText = (l: Line) => l.frags.map((f) => f.text).join(' ');
/** Lines at the same place whose text differs at most in its numbers. */
const placeKey = (l: Line) => `${Math.round(l.y / 4)}:${lineText(l).replace(/[0-9０-９]+/gu, '#')}`;
/** The one number standing at the start or end of a line ("計画 12", "12 計画"), or NaN. */
function edgeNumber(s: string): number {
  const t = s.normalize('NFKC').trim();
  const m = /^([0-9]+)\s|\s([0-9]+)$/.exec(t);
  return m && (t.match(/[0-9]+/g) ?? []).length === 1 ? Number(m[1] ?? m[2]) : NaN;
}

/**
 * Keys of running lines: at the same place on two or more pages, with the same text, or with
 * a number at its edge that goes up with the page (a header carrying its page number). A
 * heading that starts every page (基本目標1 …, 基本目標2 …) numbers its items and stays.
 */
function runningKeys(pages: { lines: Line[]; height: number }[], inBand: (l: Line, h: number) => boolean): Set<string> {
  const seen = new Map<string, { page: number; text: string }[]>();
  pages.forEach((p, page) => {
    for (const l of p.lines.filter((x) => inBand(x, p.height))) {
      const k = placeKey(l);
      if (!seen.has(k)) seen.set(k, []);
      if (!seen.get(k)!.some((e) => e.page === page)) seen.get(k)!.push({ page, text: lineText(l) });
    }
  });
  const keys = new Set<string>();
  for (const [k, at] of seen) {
    if (at.length < 2) continue;
    const offsets = new Set(at.map((e) => edgeNumber(e.text) - e.page));
    if (at.every((e) => e.text === at[0].text) || (offsets.size === 1 && !offsets.has(NaN))) keys.add(k);
  }
  return keys;
}

/**
 * Running headers, footers and page numbers are the printer's, not the plan's: in the top or
 * foot band of a page, a page number, or a running line (runningKeys).
 */
export function dropFurniture(pages: { lines: Line[]; height: number }[]): Line[][] {
  const inBand = (l: Line, h: number) => l.y < h * MARGIN_BAND || l.y > h * (1 - MARGIN_BAND);
  const running = runningKeys(pages, inBand);
  return pages.map((p) =>
    p.lines.filter(
      (l) => !inBand(l, p.height) || (!PAGE_NUMBER_RE.test(lineText(l).trim()) && !running.has(placeKey(l))),
    ),
  );
}
