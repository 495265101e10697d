/**
 * The one line analysis: every feature of a line of plan text, matched once — indent, page
 * furniture, heading marks, bullets (stacked, as 「・ ・」 or 「- ●」 write them), markers
 * (【重点】…), a list header, a level word (closed list, widened by suffix, or from hints),
 * numbering (scheme, parts, where it stands), the title after them, whether it reads as a sentence.
 *
 * Both views of the reading take this one record: `lexLine` the token view (lex.ts's kinds:
 * heading, bullet, header, text …) and `lineFeatures` the line model (types.ts `Line`). What
 * each view counts differs only where the record says so (a bare 「1 」 counts as a number in
 * the token view only after a bullet, a level word or in a table; in the line model only
 * before a title).
 */
import { cleanText, matchLevelWord, matchNumbering, takeMarkers, type ExtraWords } from './lex';
import { halfWidthAscii } from '../text/width';
import { stripControlChars } from '../text/xmlChars';
import { normalizeText } from './normalizeText';
import {
  BULLET_RE,
  CHAPTER_RANKS,
  FURNITURE,
  LEVEL_TAGS,
  LIST_HEADERS,
  SENTENCE_END_RE,
  matchTightNumber,
  type RuleId,
  type Scheme,
} from './rules';
import type { Tag } from './schema';
import type { Line, ListHeader, SourceLine, Token } from './types';

const LABEL_MARKS = /^[☆★■□◆◇●◎▼▲]\s*/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** Bullets a line may stack (「・ ・」「- ●」) before its text. */
const MAX_BULLETS = 4;
const SEP = /^[\s.．、:：]+/;

/** The numbering a line carries after its level word, and where it stands in `plain`. */
export interface NumberMatch {
  scheme: Scheme | 'half-paren';
  parts: number[];
  /** Start in `plain` and length. */
  at: number;
  length: number;
  /** The chapter unit (章・節・項) of 第N章. */
  unit?: string;
  /** Matched only as a number touching the title after a level word (基本目標1「…」). */
  tight: boolean;
}

/** One line, analysed once. */
export interface LineAnalysis {
  indent: number;
  /** The line trimmed, without control characters and a Markdown heading mark. */
  body: string;
  furniture: RuleId | null;
  /** The line opened with a heading mark (■ ◆ ☆ …). */
  marked: boolean;
  /** ※ opens a footnote, never a numbered item. */
  footnote: boolean;
  bullet: boolean;
  /** The body without its bullets. */
  unbulleted: string;
  tags: Tag[];
  /** The text without bullets, markers and bold marks: what the level word and numbering are read on. */
  plain: string;
  header: ListHeader | null;
  word: { word: string; rank: number | null } | null;
  /** Where the text after the level word (and its spaces) starts in `plain`. */
  afterWord: number;
  num: NumberMatch | null;
}

/** The body without its bullets (up to MAX_BULLETS). */
function stripBullets(s: string): string {
  for (let guard = 0; guard < MAX_BULLETS; guard++) {
    const m = halfWidthAscii(s).match(BULLET_RE);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s;
}

/** 1) 題名: a half parenthesis, which the closed numbering list leaves to context. */
const halfParen = (s: string) => s.match(/^(\d+)\)/);

/** The numbering at `at` in the half-width `half`, after a level word or not. */
function numberingAt(half: string, at: number, word: boolean): NumberMatch | null {
  const rest = half.slice(at);
  const m = matchNumbering(rest, true);
  if (m) return { scheme: m.rule.scheme, parts: m.parts, at, length: m.length, unit: m.m[2], tight: false };
  const p = halfParen(rest);
  if (p) return { scheme: 'half-paren', parts: [+p[1]], at, length: p[0].length, tight: false };
  const t = word ? matchTightNumber(rest) : null;
  return t ? { scheme: 'num', parts: t.parts, at, length: t.length, tight: true } : null;
}

/** The header a line is (具体的な取組, 地域住民のみなさんは …), if it is one. */
const headerOf = (plain: string) => LIST_HEADERS.find((h) => h.re.test(plain.replace(/^\*\*|\*\*$/g, ''))) ?? null;

/** Analyses one line of text (any string; never throws). */
export function analyzeLine(raw: string, extra: ExtraWords = {}): LineAnalysis {
  const clean = stripControlChars(raw);
  const indent = clean.match(/^[ \u3000\t]*/)![0].length;
  const trimmed = clean.trim();
  // Marks are matched width-folded (＃＃, －) and cut from the text as written (same length).
  const body = trimmed.slice(halfWidthAscii(trimmed).match(MARKDOWN_HEADING)?.[0].length ?? 0);
  const unbulleted = stripBullets(body);
  const marked = takeMarkers(unbulleted);
  const plain = marked.text.replace(/^\*\*(.*)\*\*$/, '$1').trim();
  const half = halfWidthAscii(plain);
  const word = matchLevelWord(half, extra);
  let at = word ? word.word.length : 0;
  while (at < half.length && /\s/.test(half[at])) at++;
  return {
    indent,
    body,
    furniture: FURNITURE.find((f) => f.re.test(halfWidthAscii(body)))?.rule ?? null,
    marked: LABEL_MARKS.test(body),
    footnote: body.startsWith('※'),
    bullet: unbulleted.length < body.length,
    unbulleted,
    tags: marked.tags,
    plain,
    header: headerOf(plain),
    word,
    afterWord: at,
    num: numberingAt(half, at, !!word),
  };
}

/** Analyses lines for one compile: each distinct line text is analysed once, whichever view asks. */
export type Analyzer = (raw: string) => LineAnalysis;

export function lineAnalyzer(extra: ExtraWords = {}): Analyzer {
  const seen = new Map<string, LineAnalysis>();
  return (raw) => {
    let a = seen.get(raw);
    if (!a) seen.set(raw, (a = analyzeLine(raw, extra)));
    return a;
  };
}

const analyzerOf = (extra: ExtraWords | Analyzer): Analyzer =>
  typeof extra === 'function' ? extra : (raw) => analyzeLine(raw, extra);

// ---- the token view (what the placement loop walks) ----

/** The numbering as the token view counts it: a bare 「1 」 only after a bullet, a level word or in a table. */
function tokenNumber(a: LineAnalysis, inTable: boolean): NumberMatch | null {
  const n = a.num;
  if (!n || n.scheme === 'half-paren') return null;
  if (n.scheme === 'num' && !n.tight && !(a.bullet || inTable || a.word)) return null;
  return n;
}

/** Lexes one line (1-based number `line`) into its token. */
export function lexLine(raw: string, line: number, inTable = false, extra: ExtraWords | Analyzer = {}): Token {
  if (stripControlChars(raw).trim() === '') return { kind: 'blank', line };
  if (raw.includes('\t') && !inTable) return { kind: 'table', line, cells: raw.split('\t').map((c) => c.trim()) };
  const a = analyzerOf(extra)(raw);
  if (a.footnote) return { kind: 'text', line, text: cleanText(a.body), tags: [] };
  const s = a.plain;
  if (s === '') return { kind: 'blank', line };
  if (a.header)
    return {
      kind: 'header',
      line,
      header: a.header,
      label: s.replace(/^\*\*|\*\*$/g, '').replace(/[【】[\]<>＜＞〈〉《》≪≫■◆●☆]/gu, ''),
    };
  const num = tokenNumber(a, inTable);
  const tags = [...a.tags];
  if (!a.word && !num)
    return a.bullet
      ? { kind: 'bullet', line, text: cleanText(s), tags }
      : { kind: 'text', line, text: cleanText(s), tags };
  let level: string | null = a.word?.word ?? null;
  let rank: number | null = a.word?.rank ?? null;
  if (num?.scheme === 'chapter') [level, rank] = [level ?? num.unit!, rank ?? CHAPTER_RANKS[num.unit!]];
  const pos = num ? num.at + num.length : a.afterWord;
  const code = num ? s.slice(num.at, pos).replace(/\s+/g, '') : '';
  const rest = s.slice(pos).replace(SEP, '');
  if (level && LEVEL_TAGS[level] && !tags.includes(LEVEL_TAGS[level])) tags.push(LEVEL_TAGS[level]);
  const scheme = (num?.scheme ?? null) as Scheme | null;
  return {
    kind: 'heading',
    line,
    level,
    rank,
    scheme,
    parts: num?.parts ?? [],
    code,
    title: cleanText(rest),
    tags,
    bullet: a.bullet,
  };
}

// ---- the line model (the evidence, the vision and the family rows are read on it) ----

/** 行動領域:題名 → 題名 (a short label before a colon is not part of the title). */
export const dropLabel = (s: string) => s.replace(/^[^:：\s]{1,8}[:：]\s*(?=\S)/u, '');

/** The numbering as the line model counts it: a bare 「1」 only before a title. */
function lineNumber(a: LineAnalysis, half: string): NumberMatch | null {
  const n = a.num;
  if (!n) return null;
  if (n.scheme === 'num' && !n.tight && !/^\d+\s+\S/.test(half.slice(n.at))) return null;
  return n;
}

/** A source line as the line model has it: the line's features, its title after word and number. */
export function lineFeatures(src: SourceLine, extraWords: ExtraWords | Analyzer = {}): Line {
  const a = analyzerOf(extraWords)(src.text);
  const text = a.unbulleted.replace(LABEL_MARKS, '');
  const half = halfWidthAscii(a.plain);
  const n = lineNumber(a, half);
  const word = a.word?.word ?? null;
  const num: Line['num'] = n && {
    scheme: (word ? `${word}:` : '') + (n.tight ? 'num-tight' : n.scheme),
    value: n.parts[n.parts.length - 1],
    parts: n.parts,
    code: half.slice(n.at, n.at + n.length).trim(),
  };
  const after = n ? n.at + n.length : word ? word.length : 0;
  const title = half
    .slice(after)
    .replace(/^[\s.．、:：)]+/, '')
    .trim();
  const sentence = SENTENCE_END_RE.test(title || text);
  // A numbered title that names a contact or a date (相談・問い合わせ体制の充実), or a sentence
  // ended with 。 that mentions one, is the plan's text, not page furniture.
  const named = a.furniture === 'furniture.contact' || a.furniture === 'furniture.date';
  const furniture = (named && num && title) || /[。．]$/.test(text) ? null : a.furniture;
  return {
    line: src.line,
    text,
    indent: a.indent,
    bullet: a.bullet,
    ...(a.bullet
      ? {
          mark: a.body
            .slice(0, a.body.length - a.unbulleted.length)
            .trim()
            .charAt(0),
        }
      : {}),
    word,
    num,
    title,
    sentence,
    furniture,
    marked: a.marked,
  };
}

/** A level word: the closed list, a hint, or any word ending in a level suffix followed by a number. */
export function levelWordOf(s: string, extra: Record<string, number> = {}): string | null {
  return matchLevelWord(s, extra)?.word ?? null;
}

/** The line model of a text: normalised lines (tabs read as spaces), blank lines dropped, each with its features. */
export function modelLines(text: string, analyze: ExtraWords | Analyzer = {}): Line[] {
  return normalizeText(text.replace(/\t/g, ' '))
    .filter((l) => l.text.trim())
    .map((l) => lineFeatures(l, analyze));
}
