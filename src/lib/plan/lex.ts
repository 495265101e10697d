/**
 * The matching primitives of the line analysis (lineModel.ts): titles cleaned, markers taken,
 * numbering and level words matched by the rules in rules.ts. Pure and total.
 */
import { LEVEL_SUFFIX_RE, LEVEL_WORDS, MARKERS, NUMBERING } from './rules';
import type { Tag } from './schema';

const CJK = '\\u3000-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef';
const CJK_GAP = new RegExp(`([${CJK}])[ \\u3000]+(?=[${CJK}])`, 'g');

/** Cleans a title: PDF line-join spaces between CJK characters, stray bold marks, outer 「」. */
export function cleanText(s: string): string {
  let t = s.replace(/\*\*/g, '').replace(CJK_GAP, '$1').replace(/\s+/g, ' ').trim();
  if (/^「[^「」]*」$/.test(t)) t = t.slice(1, -1);
  return t;
}

/** Removes tag markers from a line, returning the tags found. */
export function takeMarkers(s: string): { text: string; tags: Tag[] } {
  const tags: Tag[] = [];
  let text = s;
  for (const { re, tag } of MARKERS) {
    re.lastIndex = 0;
    if (re.test(text)) {
      if (!tags.includes(tag)) tags.push(tag);
      re.lastIndex = 0;
      text = text.replace(re, ' ');
    }
  }
  return { text: text.replace(/\s+/g, ' ').trim(), tags };
}

/** Matches a numbering rule at the start of `s` (already half-width). */
export function matchNumbering(s: string, context: boolean) {
  for (const rule of NUMBERING) {
    if (rule.needsContext && !context) continue;
    const m = s.match(rule.re);
    if (m) return { rule, m, parts: rule.parts(m), length: m[0].length };
  }
  return null;
}

/** Words the text uses as levels beyond the closed list, with a rank (null: decided later from their place). */
export type ExtraWords = Readonly<Record<string, number | null>>;

const NEW_WORD = new RegExp(
  `^([\\p{Script=Han}\\p{Script=Katakana}ぁ-んー]{0,8}?${LEVEL_SUFFIX_RE.source.replace(/\$$/, '')})\\s*(?=[0-9IVXⅠ-Ⅻ①-⑳]|[(（][0-9])`,
  'u',
);

export function matchLevelWord(s: string, extra: ExtraWords = {}): { word: string; rank: number | null } | null {
  const hinted = Object.keys(extra)
    .sort((a, b) => b.length - a.length)
    .find((w) => s.startsWith(w));
  const listed = LEVEL_WORDS.find((lw) => s.startsWith(lw.word));
  const word =
    hinted && (!listed || hinted.length >= listed.word.length) ? { word: hinted, rank: extra[hinted] } : listed;
  if (word) {
    const next = s.charAt(word.word.length);
    // 基本目標を定め… is prose; a heading's level word ends the line or is followed by a space or a number.
    if (next === '' || /[\s\d(（IVXⅠ-Ⅻ①-⑳㉑-㉟㊱-㊿:：]/u.test(next)) return word;
  }
  // Widened by rule: a word ending in 目標・施策・方針・項目・計画・分野・課題 with a number after it (推進施策1).
  const m = s.match(NEW_WORD);
  return m ? { word: m[1], rank: null } : null;
}

/** Splits a table cell holding several numbered items (`①… ②…`) into one string each. */
export function splitCell(cell: string): string[] {
  const parts = cell
    .split(/(?=[①-⑳㉑-㉟㊱-㊿])/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length ? parts : [];
}
