/**
 * Pass 3: item families. Lines that share a numbering scheme and count 1, 2, 3 … form a
 * family; so do runs of bullets and the short lines listed under a level-word label. Each
 * family is scored from evidence (a level word on its items, a lead-in such as 「4つの基本目標」,
 * page-section titles that disqualify it) so the nesting pass can pick the plan's top level.
 */
import { isSubtitle } from './draft';
import { dropLabel } from './lineModel';
import { COUNT_RE, GOAL_WORD_RE, LEAD_IN_LINES, MAX_TITLE, SECTION_WORD_RE, STRUCTURE_RE, VISION_RE } from './rules';
import { halfWidthAscii } from '../text/width';
import type { Family, Line } from './types';

/** A lead-in label line (4 計画の体系, 【基本理念】) is at most this long; a longer line is a sentence. */
const LEAD_LABEL_MAX = 20;
/** A numbered run of this many titles is a list even without a label or lead-in. */
const TITLES_MIN = 3;
const KANJI_DIGITS = '一二三四五六七八九十';
const countOf = (s: string) => (/\d/.test(s) ? Number(s) : KANJI_DIGITS.indexOf(s) + 1);

/** A short label line that announces a list: 基本目標, 【目標】, 施策の柱, 《施策の方向》. */
export const isLabel = (l: Line) =>
  !l.num && !l.bullet && !l.sentence && l.text.length <= 20 && !l.furniture && !isSubtitle(l.text);
const isBracketLabel = (l: Line) => /^[【《≪〈<[][^】》≫〉>\]]+[】》≫〉>\]]$/.test(l.text);

function numberedFamilies(lines: Line[]): Family[] {
  const open = new Map<string, Family>();
  const out: Family[] = [];
  lines.forEach((l, i) => {
    if (!l.num || l.furniture || l.bullet || l.resident) return;
    const f = open.get(l.num.scheme);
    const last = f ? lines[f.items[f.items.length - 1]].num!.value : NaN;
    if (f && l.num.value === last + 1) return void f.items.push(i);
    if (l.num.value !== 1) return;
    const word = l.num.scheme.includes(':') ? l.num.scheme.split(':')[0] : null;
    const g: Family = {
      kind: 'numbered',
      scheme: l.num.scheme,
      items: [i],
      score: 0,
      rule: 'family.numbered',
      level: word,
    };
    open.set(l.num.scheme, g);
    out.push(g);
  });
  return out;
}

/** Runs of bullets; sentences between them are the items' descriptions. */
function bulletFamilies(lines: Line[]): Family[] {
  const out: Family[] = [];
  let cur: Family | null = null;
  lines.forEach((l, i) => {
    if (l.bullet && !l.furniture && !l.resident) {
      // Another mark is another level (● over ・): a run keeps one mark.
      if (cur && lines[cur.items[0]].mark !== l.mark) cur = null;
      if (!cur)
        out.push(
          (cur = { kind: 'bullets', scheme: 'bullet', items: [], score: 0, rule: 'family.bullets', level: null }),
        );
      cur.items.push(i);
    } else if (!l.sentence || l.num) cur = null;
  });
  return out;
}

/** Short unnumbered lines right after a level-word label (施策の柱 / a / b / c). */
function listFamilies(lines: Line[]): Family[] {
  const out: Family[] = [];
  lines.forEach((l, i) => {
    if (!isLabel(l) || !GOAL_WORD_RE.test(l.text)) return;
    const items: number[] = [];
    for (let j = i + 1; j < lines.length && isLabel(lines[j]) && !GOAL_WORD_RE.test(lines[j].text); j++) items.push(j);
    if (items.length) out.push({ kind: 'list', scheme: 'list', items, score: 0, rule: 'family.list', level: l.text });
  });
  return out;
}

/**
 * Line i is a heading without a number: a whole-line 【…】 label, a line opened with a heading
 * mark, or a bullet (■ …) with deeper-indented lines under it.
 */
export function isHeadingAt(lines: Line[], i: number): boolean {
  const l = lines[i];
  if (l.num || /[。．]$/.test(l.text) || l.furniture || l.resident) return false;
  if (l.bullet) {
    // A bullet heads a list when bullets or numbers stand under it, indented deeper or with another
    // mark (● heading, ・ items), not prose alone.
    for (let j = i + 1; j < lines.length; j++) {
      const u = lines[j];
      const under = u.indent > l.indent || (u.bullet && !u.marked && u.mark !== l.mark && u.indent === l.indent);
      if (!under) return false;
      if (u.bullet || u.num) return true;
    }
    return false;
  }
  return isBracketLabel(l) || l.marked;
}

/**
 * Unnumbered headings (【…】, ■ …) at one indent, each followed by its own bullets or numbered
 * lines before the next such heading: one level, each heading's list its children (family.headed).
 */
function headedFamilies(lines: Line[]): Family[] {
  const heads = lines.flatMap((_, i) => (isHeadingAt(lines, i) ? [i] : []));
  const out: Family[] = [];
  let cur: Family | null = null;
  heads.forEach((h, k) => {
    const end = heads[k + 1] ?? lines.length;
    const listed = lines.slice(h + 1, end).some((l) => (l.bullet || l.num) && !l.resident && !l.furniture);
    // A numbered line at the headings' indent between two of them (1 … ● … 2 … ●) is the level above: the run ends.
    const prev = heads[k - 1];
    if (prev !== undefined && lines.slice(prev + 1, h).some((l) => l.num && l.indent <= lines[h].indent)) cur = null;
    const first = cur && lines[cur.items[0]];
    const sameIndent = first && first.indent === lines[h].indent && first.mark === lines[h].mark;
    if (!listed) cur = null;
    else if (sameIndent) cur!.items.push(h);
    else
      out.push((cur = { kind: 'headed', scheme: 'headed', items: [h], score: 0, rule: 'family.headed', level: null }));
  });
  return out;
}

/**
 * Up to LEAD_IN_LINES lines before the family's first item, nearest first, stopping at a line
 * with a level word and a number (基本目標Ⅰ …): that is an item of the list above, not a lead-in.
 */
export function leadOf(lines: Line[], f: Family): Line[] {
  const first = f.items[0];
  const before = lines.slice(Math.max(0, first - LEAD_IN_LINES), first).reverse();
  const stop = before.findIndex((l) => !!l.num && !!l.word);
  return stop < 0 ? before : before.slice(0, stop);
}

/** Items followed by their own list counting from 1 (or bullets, or deeper indented lines): nesting evidence. */
function withChildren(lines: Line[], f: Family): number {
  return f.items.filter((at, k) => {
    const next = lines[at + 1];
    if (!next || (k + 1 < f.items.length && f.items[k + 1] === at + 1)) return false;
    const restarts = !!next.num && next.num.scheme !== lines[at].num?.scheme && next.num.value === 1;
    return restarts || next.bullet || next.indent > lines[at].indent;
  }).length;
}

function score(lines: Line[], f: Family): number {
  const items = f.items.map((i) => lines[i]);
  const sections = items.filter((l) => SECTION_WORD_RE.test(l.title) || (!l.title && !!l.word)).length;
  if (sections * 2 >= items.length) return -10;
  let s = f.level && f.kind === 'numbered' ? 3 : 0;
  const leadLines = leadOf(lines, f);
  const lead = halfWidthAscii(leadLines.map((l) => l.text).join('\n'));
  // A lead-in naming a level (4つの基本目標) or the plan's structure (計画の体系) announces the list;
  // so does the vision right above it (基本理念, its statement, then the list under it).
  // (The structure or the vision only as a short label line, and only over numbered items.)
  const heading = (l: Line) => !l.sentence && !l.bullet && l.text.length <= LEAD_LABEL_MAX;
  const labelled = (re: RegExp) =>
    f.kind === 'numbered' && leadLines.some((l) => heading(l) && re.test(l.title || l.text));
  if (GOAL_WORD_RE.test(lead) || labelled(STRUCTURE_RE) || labelled(VISION_RE)) s += 2;
  const declared = lead.match(COUNT_RE);
  if (declared) s += countOf(declared[1]) === items.length ? 3 : -1;
  if (items.some((l) => l.title.length > MAX_TITLE)) s -= 3;
  if (f.kind === 'list') s += 1;
  // Each heading of a headed family has its own list under it, by construction (as withChildren counts for numbers).
  if (f.kind === 'headed') s += 2;
  // Three or more titles counting 1, 2, 3 with nothing else to go on are still a list a person reads (family.titles).
  if (f.kind === 'numbered' && items.length >= TITLES_MIN && items.every((l) => !l.sentence && l.title)) s += 1;
  if (f.kind === 'numbered' && withChildren(lines, f) * 2 >= items.length) s += 2;
  return s;
}

/** A numbered family restating an earlier list's names (施策の柱 a b c … 1. a …) is that list. */
function mergeRepeats(lines: Line[], all: Family[]): void {
  const names = (f: Family) => f.items.map((i) => dropLabel(lines[i].title || lines[i].text)).join('\n');
  // The first unnumbered list of each set of names: one pass, so a long text stays linear.
  const lists = new Map<string, Family>();
  for (const g of all) if (g.kind !== 'numbered' && !lists.has(names(g))) lists.set(names(g), g);
  for (const f of all) {
    if (f.kind !== 'numbered') continue;
    const earlier = lists.get(names(f));
    if (!earlier || earlier.items[0] >= f.items[0]) continue;
    [f.score, f.level, f.rule, earlier.score] = [
      Math.max(f.score, earlier.score + 1),
      earlier.level,
      'family.repeat',
      -10,
    ];
  }
}

/** Index of the first value in ascending `xs` greater than `x`. */
function firstAfter(xs: number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A numbered family whose items each open another numbered family (1 …, 施策1 施策2, 2 …, 施策1 …),
 * or headings with their own lists (1 …, ● … ・ …), is their parent level: it outranks them
 * whatever their own evidence (family.parent).
 */
function liftParents(all: Family[]): void {
  const numbered = all.filter((f) => f.kind === 'numbered').sort((a, b) => a.items[0] - b.items[0]);
  // Numbered families, and headings with their lists (● … ・ …), can be the children.
  const inner = all.filter((f) => f.kind === 'numbered' || f.kind === 'headed').sort((a, b) => a.items[0] - b.items[0]);
  const starts = inner.map((g) => g.items[0]);
  // Families starting after line `from` and ending before `to` (binary search on the sorted starts).
  const within = (from: number, to: number, scheme: string) => {
    const out: Family[] = [];
    for (let j = firstAfter(starts, from); j < inner.length && starts[j] < to; j++) {
      const g = inner[j];
      if (g.scheme !== scheme && g.items[g.items.length - 1] < to) out.push(g);
    }
    return out;
  };
  for (const f of numbered) {
    if (f.score <= -5 || f.items.length < 2) continue;
    // The last item's block is taken as long as the one before it.
    const kids = f.items.map((at, k) => within(at, f.items[k + 1] ?? 2 * at - f.items[k - 1], f.scheme));
    if (kids.filter((g) => g.length).length * 2 < f.items.length) continue;
    f.score = Math.max(f.score, ...kids.flat().map((g) => g.score + 1));
  }
}

export function findFamilies(lines: Line[]): Family[] {
  const all = [...numberedFamilies(lines), ...bulletFamilies(lines), ...listFamilies(lines), ...headedFamilies(lines)];
  for (const f of all) f.score = f.items.length < 2 && !f.level ? -5 : score(lines, f);
  liftParents(all);
  mergeRepeats(lines, all);
  return all.sort((a, b) => a.items[0] - b.items[0]);
}

export { isBracketLabel };
