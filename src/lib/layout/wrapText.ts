import { phrases } from './phrases';
import { textWidth } from './textWidth';

export interface Wrapped {
  lines: string[];
  /** True when the whole text is shown; false when it was cut at a phrase and ends with …. */
  complete: boolean;
}

/** Lines never start with these (禁則処理): they stay at the end of the previous line. */
const NO_START = /^[、。，．・：；？！ー）」』】〉》〕…)\]ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/;

/**
 * Wraps text into lines no wider than maxWidth px, breaking between BudouX phrases; a phrase
 * longer than a line breaks between characters (never inside a glyph). With maxLines, the
 * text is cut at a line end and gets an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): Wrapped {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const phrase of phrases(text)) {
    if (textWidth(line + phrase, fontSize) <= maxWidth) {
      line += phrase;
      continue;
    }
    if (line && !NO_START.test(phrase)) push();
    for (const ch of phrase) {
      if (textWidth(line + ch, fontSize) > maxWidth && line && !NO_START.test(ch)) push();
      line += ch;
    }
  }
  push();
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (!kept.length) return { lines: [], complete: false };
  let last = kept[kept.length - 1];
  while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last}…`;
  return { lines: kept, complete: false };
}

/** Widest line of a wrap, in px. */
export function wrappedWidth(lines: string[], fontSize: number): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
}

