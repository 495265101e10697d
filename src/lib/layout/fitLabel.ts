import { wrapText } from './wrapText';

export interface LabelFit {
  lines: string[];
  fontSize: number;
  complete: boolean;
}

export interface FitOptions {
  /** Largest and smallest font size to try, px. */
  maxFont: number;
  minFont: number;
  lineHeight: number; // multiple of font size
  /** Fewest characters a cut label must keep to be worth showing. */
  minChars: number;
}

const DEFAULTS: FitOptions = { maxFont: 15, minFont: 11, lineHeight: 1.25, minChars: 4 };

/**
 * Fits a label into a box of width × height px: the largest font at which the whole text wraps
 * inside, lines breaking only between phrases; failing that, the text cut at the smallest font with an ellipsis if at least
 * minChars survive; failing that, null (no label: the tooltip and detail panel show it).
 */
export function fitLabel(
  text: string,
  width: number,
  height: number,
  options: Partial<FitOptions> = {},
): LabelFit | null {
  const o = { ...DEFAULTS, ...options };
  if (width <= 0 || height <= 0 || !text) return null;
  for (let size = o.maxFont; size >= o.minFont; size--) {
    const maxLines = Math.floor(height / (size * o.lineHeight));
    if (maxLines < 1) continue;
    const w = wrapText(text, width, size, maxLines, { breakPhrases: false });
    if (w.complete) return { lines: w.lines, fontSize: size, complete: true };
  }
  const size = o.minFont;
  const maxLines = Math.floor(height / (size * o.lineHeight));
  if (maxLines < 1) return null;
  const w = wrapText(text, width, size, maxLines, { breakPhrases: false });
  const shown = w.lines.join('').replace(/…$/, '');
  if ([...shown].length < o.minChars) return null;
  return { lines: w.lines, fontSize: size, complete: false };
}
