/**
 * Line lexer: turns each line of plan text into a token by the rules in rules.ts.
 * Pure and total: any string in, tokens out, never throws.
 */
import {
  BULLET_RE,
  CHAPTER_RANKS,
  LEVEL_SUFFIX_RE,
  LEVEL_TAGS,
  LEVEL_WORDS,
  LIST_HEADERS,
  MARKERS,
  NUMBERING,
  matchTightNumber,
  type Scheme,
} from './rules';
import type { Tag } from './schema';
import { halfWidthAscii } from '../text/width';
import { stripControlChars } from '../text/xmlChars';
import type { Token } from './types';

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

const SEP = /^[\s.．、:：]+/;

/** The line without its bullets (up to four, as 「・ ・」 or 「- ●」 stack them). */
function stripBullets(s: string): string {
  for (let guard = 0; guard < 4; guard++) {
    const m = halfWidthAscii(s).match(BULLET_RE);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s;
}

/** Lexes one line (1-based number `line`). */
export function lexLine(raw: string, line: number, inTable = false, extra: ExtraWords = {}): Token {
  const trimmed = stripControlChars(raw).trim();
  if (trimmed === '') return { kind: 'blank', line };
  if (raw.includes('\t') && !inTable) return { kind: 'table', line, cells: raw.split('\t').map((c) => c.trim()) };

  // Marks are matched width-folded (＃＃, －) and cut from the text as written (same length).
  let s = trimmed.slice(halfWidthAscii(trimmed).match(/^#{1,6}\s+/)?.[0].length ?? 0);
  // ※ opens a footnote (※ the numbers ①～③ refer to …), never a numbered item.
  if (s.startsWith('※')) return { kind: 'text', line, text: cleanText(s), tags: [] };
  const unbulleted = stripBullets(s);
  const bullet = unbulleted.length < s.length;
  const marked = takeMarkers(unbulleted);
  s = marked.text.replace(/^\*\*(.*)\*\*$/, '$1').trim();
  const tags = [...marked.tags];
  if (s === '') return { kind: 'blank', line };

  const plain = s.replace(/^\*\*|\*\*$/g, '');
  for (const header of LIST_HEADERS) {
    if (header.re.test(plain))
      return { kind: 'header', line, header, label: plain.replace(/[【】[\]<>＜＞〈〉《》≪≫■◆●☆]/gu, '') };
  }

  const half = halfWidthAscii(s);
  let pos = 0;
  const lw = matchLevelWord(half, extra);
  if (lw) pos = lw.word.length;
  while (pos < half.length && /\s/.test(half[pos])) pos++;
  // After a level word a number may touch the title (基本目標1「…」, 重点目標1地域 …).
  const num =
    matchNumbering(half.slice(pos), bullet || inTable || lw !== null) ??
    (lw ? matchTightNumber(half.slice(pos)) : null);
  let scheme: Scheme | null = null;
  let parts: number[] = [];
  let code = '';
  let level: string | null = lw?.word ?? null;
  let rank: number | null = lw?.rank ?? null;
  if (num) {
    scheme = num.rule.scheme;
    parts = num.parts;
    code = s.slice(pos, pos + num.length).replace(/\s+/g, '');
    if (scheme === 'chapter') {
      const unit = num.m[2];
      level = level ?? unit;
      rank = rank ?? CHAPTER_RANKS[unit];
    }
    pos += num.length;
  }
  if (!lw && !num) {
    return bullet
      ? { kind: 'bullet', line, text: cleanText(s), tags }
      : { kind: 'text', line, text: cleanText(s), tags };
  }
  const rest = s.slice(pos).replace(SEP, '');
  if (level && LEVEL_TAGS[level] && !tags.includes(LEVEL_TAGS[level])) tags.push(LEVEL_TAGS[level]);
  return { kind: 'heading', line, level, rank, scheme, parts, code, title: cleanText(rest), tags, bullet };
}

/** Splits a table cell holding several numbered items (`①… ②…`) into one string each. */
export function splitCell(cell: string): string[] {
  const parts = cell
    .split(/(?=[①-⑳㉑-㉟㊱-㊿])/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length ? parts : [];
}
