import { phrasePieces, phrases, phraseWords } from './phrases';
import { textWidth } from './textWidth';

export interface Wrapped {
  lines: string[];
  /** True when the whole text is shown; false when it was cut at a phrase and ends with …. */
  complete: boolean;
}

export interface WrapOptions {
  /**
   * May a phrase longer than a line break between its characters? In a diagram's label, no:
   * 「みんなでたすけあ/い」 reads as two words. The label is then shortened at the phrase (…),
   * its whole title being in the hover card and the detail panel.
   */
  breakPhrases?: boolean;
}

/** Lines never start with these (禁則処理): they stay at the end of the previous line. */
const NO_START = /^[、。，．・：；？！ー）」』】〉》〕…)\]ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/;
/** A line shortened inside a phrase keeps at least this many characters before its …. */
const MIN_CUT_CHARS = 3;

/** The characters of `text` that fit in `maxWidth` with a trailing …, or '' if too few. */
function cutToWidth(text: string, maxWidth: number, fontSize: number): string {
  let kept = [...text];
  while (kept.length && textWidth(`${kept.join('')}…`, fontSize) > maxWidth) kept = kept.slice(0, -1);
  return kept.length >= MIN_CUT_CHARS ? `${kept.join('')}…` : '';
}

/**
 * Wraps text into lines no wider than maxWidth px, breaking between BudouX phrases; a phrase
 * longer than a line breaks between its words (a word longer than a line between characters,
 * never inside a glyph), or with
 * `breakPhrases: false` ends the text there, shortened with …. With maxLines, the text is cut
 * at a line end and gets an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Infinity,
  { breakPhrases = true }: WrapOptions = {},
): Wrapped {
  const lines: string[] = [];
  let line = '';
  // A space where a line breaks is the break itself: not kept at either end (SVG would drop it anyway).
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  // Without breaking phrases, a phrase too long for a line may still break between its pieces.
  const units = breakPhrases
    ? phrases(text)
    : phrases(text).flatMap((p) => (textWidth(p, fontSize) > maxWidth ? phrasePieces(p) : [p]));
  for (const phrase of units) {
    if (textWidth(line + phrase, fontSize) <= maxWidth) {
      line += phrase;
      continue;
    }
    if (line && !NO_START.test(phrase)) push();
    if (!breakPhrases && textWidth(line + phrase, fontSize) > maxWidth) {
      const cut = cutToWidth(line + phrase, maxWidth, fontSize);
      if (cut) lines.push(cut);
      return clip(lines, maxLines, maxWidth, fontSize, false);
    }
    // A phrase longer than a line breaks between its words, and a word longer than a line between characters.
    for (const word of phraseWords(phrase)) {
      const units = textWidth(word, fontSize) > maxWidth ? [...word] : [word];
      for (const unit of units) {
        if (textWidth(line + unit, fontSize) > maxWidth && line && !NO_START.test(unit)) push();
        line += unit;
      }
    }
  }
  push();
  return clip(lines, maxLines, maxWidth, fontSize, true);
}

/** At most maxLines lines, the last ending with … when anything was left out. */
function clip(lines: string[], maxLines: number, maxWidth: number, fontSize: number, whole: boolean): Wrapped {
  if (lines.length <= maxLines) return { lines, complete: whole };
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (!kept.length) return { lines: [], complete: false };
  let last = kept[kept.length - 1].replace(/…$/, '');
  while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last}…`;
  return { lines: kept, complete: false };
}

/** Widest line of a wrap, in px. */
export function wrappedWidth(lines: string[], fontSize: number): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));
}
