/**
 * Folds the ways Japanese writes the same word into one form, for search:
 * NFKC (全角/半角: ｻﾛﾝ → サロン, ＡＢＣ → abc), katakana → hiragana, small kana → large
 * (ティ → てい), long-vowel marks and spaces dropped, Latin lower-cased, and the few spellings
 * of one word that readings cannot join made one (障害 = 障がい: spellingVariants.ts). Kanji and
 * kana spellings of the rest (助け合い = たすけあい) meet in their readings (readings.ts).
 * Returns the folded text and, for each of its characters, the index of the original character
 * it came from, so matches found in folded text can be highlighted in the original.
 */
export interface Folded {
  text: string;
  /** map[i] = index in the original string of folded character i. */
  map: number[];
}

import { joinSpellings } from './spellingVariants';

const SMALL: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
};
const DROP = /[\sー－―‐\-~～〜・･、。，．,.!！?？「」『』（）()【】[\]<>＜＞"'“”‘’…:：;；/／]/u;

function foldChar(ch: string): string {
  let c = ch.normalize('NFKC').toLowerCase();
  let out = '';
  for (const x of c) {
    const code = x.codePointAt(0)!;
    // Katakana ァ..ヶ → hiragana ぁ..ゖ (same offsets in both blocks).
    const k = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : x;
    out += SMALL[k] ?? k;
  }
  c = out;
  return c;
}

export function fold(s: string): Folded {
  return joinSpellings(foldChars(s));
}

function foldChars(s: string): Folded {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    let f = foldChar(ch);
    // A half-width sound mark (ﾞ/ﾟ) after its kana composes with it: ｶﾞ → が.
    if (/^[\u3099\u309a]$/.test(f) && text.length) {
      const composed = (text.slice(-1) + f).normalize('NFC');
      if (composed.length === 1) {
        text = text.slice(0, -1) + composed;
        i += ch.length;
        continue;
      }
    }
    if (DROP.test(f)) f = '';
    for (const x of f) {
      text += x;
      map.push(i);
    }
    i += ch.length;
  }
  return { text, map };
}

export function normalize(s: string): string {
  return fold(s).text;
}
