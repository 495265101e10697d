/**
 * Items written inside a sentence: 「a」「b」「c」を基本目標, 「a」、「b」の2つの目標,
 * 3つの目指す地域の姿(a、b、c), a、b、cの3つを柱に. Used when no line-based family carries the plan.
 */
import { COUNT_RE, SENTENCE_END_RE } from './rules';
import { halfWidthAscii } from '../text/width';
import type { InlineItems, Line } from './types';

const QUOTED_RUN =
  /((?:[「『][^「」『』]+[」』][、,・]?\s*){2,})(?:の(?:[0-9]+|[一二三四五六七八九十])つ(?:の|を)|を)((?:基本)?目標|[^\s、。「」]{0,6}(?:目標|施策|方針|分野|柱))/u;
const COUNT_THEN_QUOTES =
  /([0-9]+|[一二三四五六七八九十])つの((?:基本)?目標|[^\s、。「」]{0,6}(?:目標|施策|方針|分野|柱))(?:は|として|を)?[、\s]*((?:[「『][^「」『』]+[」』][、,・]?\s*){2,})/u;
/** a、b、cの3つを柱に / a、b、cの三つの基本目標: the count that closes a list of phrases in the sentence. */
const COUNT_CLOSES_LIST =
  /の([0-9]+|[一二三四五六七八九十])つ(?:を|の)((?:基本)?目標|[^\s、。「」]{0,6}(?:目標|方針|柱))(?=を|に|と|、)/u;
/** A phrase of such a list is a title: short, never a sentence. */
const LISTED_TITLE_MAX = 30;
const PAREN_LIST = /([0-9]+|[一二三四五六七八九十])つの([^\s、。(（]{1,12})[(（]([^()（）]+)[)）]/u;
const KANJI = '一二三四五六七八九十';
const quoted = (run: string) => [...run.matchAll(/[「『]([^「」『』]+)[」』]/gu)].map((m) => m[1]);
const countOf = (s: string) => (/\d/.test(s) ? Number(s) : KANJI.indexOf(s) + 1);

/** Splits a 、-separated list into n parts, joining the pieces that do not end like the others. */
export function splitInto(list: string, n: number): string[] {
  const parts = list
    .split(/[、,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= n) return parts;
  const ends = new Map<string, number>();
  for (const p of parts) ends.set(p.slice(-1), (ends.get(p.slice(-1)) ?? 0) + 1);
  const common = [...ends.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    cur = cur ? `${cur}、${p}` : p;
    if (p.endsWith(common)) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out.length === n ? out : parts;
}

/** The last n phrases before 「のnつ」, when they read as titles (inline.count-list). */
function listThenCount(text: string): Found | null {
  const m = text.match(COUNT_CLOSES_LIST);
  if (!m) return null;
  const n = countOf(m[1]);
  // The list is the clause before the count: from the last 。 or bracket on (found once, so a long line stays linear).
  const before = text.slice(0, m.index);
  const start = Math.max(...['。', '「', '」', '『', '』'].map((c) => before.lastIndexOf(c))) + 1;
  const parts = before
    .slice(start)
    .split(/[、,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const titles = parts.slice(-n);
  if (n < 2 || parts.length < n || titles.some((t) => t.length > LISTED_TITLE_MAX || SENTENCE_END_RE.test(t)))
    return null;
  return { level: m[2], titles, rule: 'inline.count-list' };
}

type Found = Omit<InlineItems, 'line' | 'at'>;

/** The items one line writes inside its sentence, or null. */
function itemsIn(l: Line): Found | null {
  const text = halfWidthAscii(l.text);
  const q = text.match(QUOTED_RUN);
  if (q) return { level: q[2], titles: quoted(q[1]), rule: 'inline.goals' };
  const c = text.match(COUNT_THEN_QUOTES);
  if (c && quoted(c[3]).length === countOf(c[1])) return { level: c[2], titles: quoted(c[3]), rule: 'inline.goals' };
  const p = text.match(PAREN_LIST);
  if (p && COUNT_RE.test(p[0])) {
    const n = countOf(p[1]);
    const titles = splitInto(p[3], n);
    if (titles.length === n) return { level: p[2], titles, rule: 'inline.paren-list' };
  }
  return listThenCount(text);
}

/** The first line of the line model that writes the plan's items inside a sentence, with its index. */
export function inlineItems(lines: Line[]): InlineItems | null {
  for (let at = 0; at < lines.length; at++) {
    const found = itemsIn(lines[at]);
    if (found) return { ...found, line: lines[at].line, at };
  }
  return null;
}
