import { MARGIN_BAND } from './thresholds';
import type { Line } from './types';

/** Page numbers as printed: 12, - 12 -, ‐12‐, 12/40, p.12, (12). */
const PAGE_NUMBER_RE = /^(?:[-－‐–—]\s*)?[(（]?(?:p\.?\s*)?[0-9０-９]+[)）]?(?:\s*[-－‐–—])?(?:\s*\/\s*[0-9]+)?$/iu;

const lineText = (l: Line) => l.frags.map((f) => f.text).join(' ');
/** The same running header on every page, whatever its page number says. */
const furnitureKey = (l: Line) => `${Math.round(l.y / 4)}:${lineText(l).replace(/[0-9０-９]+/gu, '#')}`;

/**
 * Running headers, footers and page numbers are the printer's, not the plan's: in the top or
 * foot band of a page, a page number, or a line repeated at the same place on other pages.
 */
export function dropFurniture(pages: { lines: Line[]; height: number }[]): Line[][] {
  const inBand = (l: Line, h: number) => l.y < h * MARGIN_BAND || l.y > h * (1 - MARGIN_BAND);
  const seen = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.lines.filter((l) => inBand(l, p.height)).map(furnitureKey));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return pages.map((p) => p.lines.filter((l) => {
    if (!inBand(l, p.height)) return true;
    return !PAGE_NUMBER_RE.test(lineText(l).trim()) && !((seen.get(furnitureKey(l)) ?? 0) >= 2);
  }));
}
