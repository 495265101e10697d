/**
 * The token view's first steps, each a pure function over the token list: lex every line,
 * promote the bare parents of 1-1 codes to headings, demote a lone chapter, find the short
 * labels that recur as separators, and find the previews a later labelled heading repeats.
 */
import type { ExtraWords } from './lex';
import { lexLine, type Analyzer } from './lineModel';
import { isProse } from './draft';
import { FURNITURE, MAX_LINE_LENGTH, SEPARATOR_MIN_REPEATS } from './rules';
import { halfWidthAscii } from '../text/width';
import type { Tag } from './schema';
import type { HeadingToken, Token } from './types';

export function lexLines(
  rawLines: string[],
  warn: (line: number, message: string) => void,
  extra: ExtraWords | Analyzer = {},
): Token[] {
  return rawLines.map((raw, i) => {
    if (raw.length > MAX_LINE_LENGTH) warn(i + 1, `行が長すぎるため、最初の ${MAX_LINE_LENGTH} 文字だけを読みました。`);
    return lexLine(raw.slice(0, MAX_LINE_LENGTH), i + 1, false, extra);
  });
}

/**
 * A level word the closed list does not know (推進施策, 重点方針 …) gets its rank from where it
 * first appears: one below the ranked heading open above it, or the top when none is. The
 * same word keeps that rank throughout.
 */
export function rankNewWords(tokens: Token[]): Token[] {
  const ranks = new Map<string, number>();
  let above: HeadingToken | null = null;
  return tokens.map((t) => {
    if (t.kind !== 'heading' || !t.level) return t;
    let rank = t.rank;
    if (rank === null) {
      if (!ranks.has(t.level)) ranks.set(t.level, above && above.level !== t.level ? (above.rank ?? 0) + 1 : 1);
      rank = ranks.get(t.level)!;
    }
    const out = rank === t.rank ? t : { ...t, rank };
    above = out;
    return out;
  });
}

/**
 * Page furniture never becomes a node: a bullet or numbered line that is a link or a
 * contact (◎ダウンロードはこちら, ・TEL …) is read as plain text.
 */
export function demoteFurniture(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    if (t.kind !== 'heading' && t.kind !== 'bullet') return t;
    const text = t.kind === 'heading' ? `${t.code} ${t.title}`.trim() : t.text;
    const f = FURNITURE.find((x) => x.re.test(halfWidthAscii(text)));
    // A bare number is a code waiting for its title, and chapters may be levels: both stay.
    return f && (f.rule === 'furniture.link' || f.rule === 'furniture.contact')
      ? { kind: 'text', line: t.line, text, tags: t.tags }
      : t;
  });
}

/** "1 地域のつながりを育てる" is a heading when bare codes 1-1, 1-2 … hang from it (1-1-1 layouts). */
export function promoteDashParents(tokens: Token[]): Token[] {
  const prefixes = new Set(
    tokens.flatMap((t) =>
      t.kind === 'heading' && !t.level && t.parts.length > 1 && t.scheme === 'num-dash' ? [t.parts[0]] : [],
    ),
  );
  for (const t of tokens) if (t.kind === 'heading' && !t.level && t.parts.length === 1) prefixes.delete(t.parts[0]); // 1. 地域 is already their parent
  if (!prefixes.size) return tokens;
  return tokens.map((t) => {
    const m = t.kind === 'text' ? t.text.match(/^(\d+)\s+(\S.{0,39})$/) : null;
    if (!m || !prefixes.has(Number(m[1])) || /[。．]$/.test(m[2])) return t;
    return {
      kind: 'heading',
      line: t.line,
      level: null,
      rank: null,
      scheme: 'num',
      parts: [Number(m[1])],
      code: m[1],
      title: m[2],
      tags: (t as { tags: Tag[] }).tags,
      bullet: false,
    };
  });
}

/** 第3章 alone is the document's chapter title; chapters form levels only when there are several. */
export function demoteLoneChapter(tokens: Token[]): Token[] {
  const chapters = tokens.filter((t) => t.kind === 'heading' && t.scheme === 'chapter').length;
  if (chapters >= 2) return tokens;
  return tokens.map((t) =>
    t.kind === 'heading' && t.scheme === 'chapter'
      ? { kind: 'text', line: t.line, text: `${t.code} ${t.title}`.trim(), tags: t.tags }
      : t,
  );
}

/** A label's identity without emoji and spaces (💡 取り組みのキーワード ≡ 取り組みのキーワード). */
const labelKey = (t: string) => t.replace(/[\p{So}\p{Sk}\p{Cs}\s\uFE0F]/gu, '');

/**
 * Short labels that recur between blocks are layout, not content: each time one appears, the
 * prose after it leads the next block. Returns a test for such a label.
 */
export function recurringLabels(tokens: Token[]): (text: string) => boolean {
  const count = new Map<string, number>();
  for (const t of tokens)
    if (t.kind === 'text' && !isProse(t.text)) count.set(labelKey(t.text), (count.get(labelKey(t.text)) ?? 0) + 1);
  const headed = new Set(tokens.flatMap((t) => (t.kind === 'heading' ? [labelKey(t.title)] : [])));
  return (text: string) => (count.get(labelKey(text)) ?? 0) >= SEPARATOR_MIN_REPEATS && !headed.has(labelKey(text));
}

/** Previews: an unlabelled heading (I. …) that a later labelled heading (基本方針Ⅰ. …) repeats. */
export function findPreviews(tokens: Token[]): Map<number, HeadingToken> {
  const headings = tokens.filter((t): t is HeadingToken => t.kind === 'heading');
  // Labelled single-number headings by scheme and number, in order, so each lookup is short.
  const labelled = new Map<string, { at: number; h: HeadingToken }[]>();
  headings.forEach((h, at) => {
    if (!h.level || h.parts.length !== 1) return;
    const k = `${h.scheme}|${h.parts[0]}`;
    if (!labelled.has(k)) labelled.set(k, []);
    labelled.get(k)!.push({ at, h });
  });
  const previewOf = new Map<number, HeadingToken>();
  headings.forEach((h, i) => {
    if (h.level || h.bullet || !h.parts.length || !['roman', 'paren', 'dot'].includes(h.scheme ?? '')) return;
    const later = labelled
      .get(`${h.scheme}|${h.parts[0]}`)
      ?.find((l) => l.at > i && l.h.title.startsWith(h.title.slice(0, PREVIEW_PREFIX)));
    if (later) previewOf.set(h.line, later.h);
  });
  return previewOf;
}

/** A preview and its later heading agree on this many first characters. */
const PREVIEW_PREFIX = 6;
