/**
 * What the app makes of BudouX's phrases (src/lib/layout/phrases.ts), apart from the parser: the
 * build (src/build/phrasesNode.ts) loads BudouX its own way in Node and splits the static plan
 * pages' titles with the same rules, so both break a title at the same places.
 */

/** BudouX's phrases of a text, made into the phrases a line may break between. */
export function joinPhrases(parsed: string[], text: string): string[] {
  return joinSingles(keepWordsWhole(parsed, text));
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
