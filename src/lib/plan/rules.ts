/**
 * The rule set: what Japanese welfare plans use to write a hierarchy. Every seed, and every
 * plan a council imports, goes through these same rules; per-plan facts live in metadata hints.
 * README.md (「計画テキストの読み取り規則」) documents them for councils.
 */
import type { Tag } from './schema';

/**
 * Level words, most specific first (longest match wins), with a rank: a level-word heading
 * nests under the nearest open heading of a smaller rank. Rank 1 sits under the 基本理念.
 */
export const LEVEL_WORDS: ReadonlyArray<{ word: string; rank: number }> = [
  { word: '施策の方向性', rank: 2 },
  { word: '施策の方向', rank: 2 },
  { word: '具体的な取組', rank: 4 },
  { word: '具体的な取り組み', rank: 4 },
  { word: '基本計画', rank: 1 },
  { word: '基本目標', rank: 1 },
  { word: '基本方針', rank: 1 },
  { word: '重点施策', rank: 1 },
  { word: '重点目標', rank: 2 },
  { word: '基本施策', rank: 2 },
  { word: '推進項目', rank: 3 },
  { word: '活動方針', rank: 3 },
  { word: '活動目標', rank: 3 },
  { word: '取組項目', rank: 4 },
  { word: '実施項目', rank: 4 },
  { word: '施策', rank: 2 },
  { word: '取り組み', rank: 4 },
  { word: '取組', rank: 4 },
];

/** Names for levels a plan leaves unnamed, by depth (a metadata hint can name them instead). */
export const DEFAULT_LEVELS = ['基本目標', '施策', '取組', '細目'];

/** A level word that is itself a marker: 重点施策 is a 重点 branch. */
export const LEVEL_TAGS: Readonly<Record<string, Tag>> = { 重点施策: '重点' };

/** Chapter-style numbering (第1章, 第2節) has its own fixed ranks. */
export const CHAPTER_RANKS: Readonly<Record<string, number>> = { 章: 1, 節: 2, 項: 3 };

/**
 * Lines that introduce what follows rather than being a node themselves.
 * kind 'children': the bullets below are children of the current node, with this level word;
 * 'field': the bullets below go to an extra field of the current node;
 * 'description': the prose below is the current node's description.
 */
export const LIST_HEADERS: ReadonlyArray<{ re: RegExp; kind: 'children' | 'field' | 'description'; level?: string; field?: 'residents' }> = [
  { re: /^[【[]?(実現に向けての取り?組み)[】\]]?$/, kind: 'children' },
  { re: /^[【[]?(具体的な取り?組み?)[】\]]?$/, kind: 'children' },
  { re: /^[【[]?(主な取り?組み?)[】\]]?$/, kind: 'children' },
  { re: /^(地域住民のみなさんや団体は|住民のみなさんは|地域のみなさんは)$/, kind: 'field', field: 'residents' },
  { re: /^[<＜〈【]?(現状と課題)[>＞〉】]?$/, kind: 'description' },
];

/** Markers written inside a line. Each is removed from the title and becomes a tag. */
export const MARKERS: ReadonlyArray<{ re: RegExp; tag: Tag }> = [
  { re: /\*\*\s*重点\s*\*\*|【重点】|\[重点\]|★重点|《重点》|[(（]重点[)）]/g, tag: '重点' },
  { re: /\*\*\s*新規\s*\*\*|【新規】|\[新規\]|★新規|《新規》|[(（]新規[)）]|\bNEW\b/g, tag: '新規' },
  { re: /[(（]\s*再掲\s*[)）]|【再掲】|\[再掲\]|\*\*\s*再掲\s*\*\*/g, tag: '再掲' },
];

/** Bullet marks that may open a line, possibly several (`- ・`). ✓ is a bullet, not a number. */
export const BULLET_RE = /^(?:[-*+](?=\s)|[・○●◦■□◆◇▶►▸✓✔☑◎]|[•])\s*/u;

/** Lines of a colophon (back cover): once one follows the 体系, the 体系 has ended. */
export const COLOPHON_RE = /^(〒|電話|TEL|ＴＥＬ|FAX|ＦＡＸ|F A X|URL|E-?mail|発行|編集|作成：|イラスト)|^令和\s*\d+\s*年\s*\d+\s*月$|^社会福祉法人/i;

/** The word that labels the plan's vision. */
export const VISION_RE = /^[【[]?基本理念[】\]]?$/;

/** Below this many characters, a line without 。 reads as a label or caption, not prose. */
export const SHORT_LINE = 30;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const ROMAN_CHARS = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const ROMAN_LATIN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function circledValue(ch: string): number {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? NaN : i + 1;
}

export function romanValue(s: string): number {
  if (s.length === 1 && ROMAN_CHARS.includes(s)) return ROMAN_CHARS.indexOf(s) + 1;
  const i = ROMAN_LATIN.indexOf(s.toUpperCase());
  return i < 0 ? NaN : i + 1;
}

export type Scheme = 'paren-dash' | 'num-dash-paren' | 'roman-dash' | 'num-dash' | 'roman' | 'paren' | 'circled' | 'num' | 'dot' | 'chapter';

/** A numbering pattern: matched at the start of a line, after any level word and bullet. */
export interface NumberingRule {
  scheme: Scheme;
  re: RegExp;
  /** Numbers of the code, outermost first. */
  parts: (m: RegExpMatchArray) => number[];
  /** Only counts when the line is a bullet or a table cell, or follows a level word. */
  needsContext?: boolean;
}

const D = '[-－–—‐ー−]';
const ROMAN_GROUP = `[${ROMAN_CHARS}]|(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])`;

export const NUMBERING: ReadonlyArray<NumberingRule> = [
  { scheme: 'chapter', re: /^第\s*(\d+)\s*(章|節|項)/, parts: (m) => [+m[1]] },
  { scheme: 'paren-dash', re: new RegExp(`^[(（](\\d+)[)）]\\s*${D}\\s*(\\d+)`), parts: (m) => [+m[1], +m[2]] },
  { scheme: 'num-dash-paren', re: new RegExp(`^(\\d+)\\s*${D}\\s*[(（](\\d+)[)）]`), parts: (m) => [+m[1], +m[2]] },
  { scheme: 'roman-dash', re: new RegExp(`^(${ROMAN_GROUP})\\s*${D}\\s*(\\d+)`), parts: (m) => [romanValue(m[1]), +m[2]] },
  { scheme: 'num-dash', re: new RegExp(`^(\\d+)${D}(\\d+)(?:${D}(\\d+))?(?:${D}(\\d+))?(?=[.．\\s]|$)`), parts: (m) => m.slice(1).filter(Boolean).map(Number) },
  { scheme: 'roman', re: new RegExp(`^(${ROMAN_GROUP})(?=[.．、\\s]|$)`), parts: (m) => [romanValue(m[1])] },
  { scheme: 'paren', re: /^[(（](\d+)[)）]/, parts: (m) => [+m[1]] },
  { scheme: 'circled', re: new RegExp(`^([${CIRCLED}])`, 'u'), parts: (m) => [circledValue(m[1])] },
  { scheme: 'dot', re: /^(\d+)[.．](?!\d)/, parts: (m) => [+m[1]] },
  { scheme: 'num', re: /^(\d+)(?=\s|$)/, parts: (m) => [+m[1]], needsContext: true },
];
