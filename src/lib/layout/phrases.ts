import { Parser } from 'budoux/parser';
import { model } from 'budoux/ja';
import { joinPhrases } from './phraseRules';

export { phraseWords } from './phraseRules';

let parser: Parser | null = null;
const cache = new Map<string, string[]>();

/**
 * Splits Japanese text into phrases (文節) with BudouX, so that lines break where a reader
 * pauses: 地域生活課題を｜受けとめ｜支え合う｜仕組みづくり. A phrase of one character joins the
 * next (BudouX alone cuts 「笑｜顔で」 after a space). Cached: titles repeat on every frame.
 */
export function phrases(text: string): string[] {
  const hit = cache.get(text);
  if (hit) return hit;
  parser ??= new Parser(model);
  const joined = text ? joinPhrases(parser.parse(text), text) : [];
  cache.set(text, joined);
  return joined;
}

/** Pieces shorter than this are never left on a line of their own. */
const MIN_PIECE = 3;
const scriptOf = (ch: string) =>
  /[\p{Script=Han}々〆]/u.test(ch)
    ? 'han'
    : /\p{Script=Hiragana}/u.test(ch)
      ? 'hira'
      : /[\p{Script=Katakana}ー]/u.test(ch)
        ? 'kata'
        : /[\p{L}\p{N}]/u.test(ch)
          ? 'latin'
          : 'mark';

/**
 * Where a phrase too long for a line may still break: after ・ or a space, or where kanji or
 * katakana begin after another script (ふれあい・｜いきいき｜サロンの, たすけあいを｜進めよう),
 * never leaving fewer than three characters on either side. A kanji compound stays whole.
 */
export function phrasePieces(phrase: string): string[] {
  const chars = [...phrase];
  const pieces: string[] = [];
  let piece = '';
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    // A word starts where kanji or katakana follow another script; kana after kanji (送り仮名) are its tail.
    const wordStart =
      (scriptOf(ch) === 'han' || scriptOf(ch) === 'kata') &&
      scriptOf(prev) !== scriptOf(ch) &&
      scriptOf(prev) !== 'mark';
    const breakHere = i > 0 && (/[・\s]/u.test(prev) || wordStart);
    if (breakHere && piece) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  });
  if (piece) pieces.push(piece);
  // Too-short pieces join a neighbour: the one before, or (at the start) the one after.
  const merged: string[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last !== undefined && ([...p].length < MIN_PIECE || [...last].length < MIN_PIECE))
      merged[merged.length - 1] = last + p;
    else merged.push(p);
  }
  return merged;
}
