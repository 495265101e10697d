import { Parser } from 'budoux/parser';
import { model } from 'budoux/ja';

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
  const out = text ? parser.parse(text) : [];
  const joined = joinSingles(keepWordsWhole(out, text));
  cache.set(text, joined);
  return joined;
}

/**
 * BudouX sometimes ends a phrase inside a word (きさらづ成年後｜見支援センターの): such phrases are
 * joined, so a line never breaks inside a word that the word segmenter (the same one a screen
 * reader's word matching uses) sees.
 */
function keepWordsWhole(ps: string[], text: string): string[] {
  const bounds = new Set<number>();
  let at = 0;
  for (const w of phraseWords(text)) bounds.add((at += w.length));
  const out: string[] = [];
  let end = 0;
  for (const p of ps) {
    if (out.length && !bounds.has(end)) out[out.length - 1] += p;
    else out.push(p);
    end += p.length;
  }
  return out;
}

/** A one-character phrase (BudouX's 「笑｜顔で」) joins the phrase after it, or before it at the end. */
function joinSingles(ps: string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const p of ps) {
    if ([...p.trim()].length === 1 && !/\s$/u.test(p)) carry += p;
    else {
      out.push(carry + p);
      carry = '';
    }
  }
  if (carry && out.length) out[out.length - 1] += carry;
  else if (carry) out.push(carry);
  return out;
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

let words: Intl.Segmenter | null = null;

/**
 * The words of a text (成年|後見|支援|センター|の), where a phrase too long for a line may
 * break without cutting a word in two (「成年後/見」 reads as neither word, and a screen reader's
 * word matching no longer finds the label's name in it).
 */
export function phraseWords(text: string): string[] {
  words ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return [...words.segment(text)].map((s) => s.segment);
}
