/**
 * The family rows resolved into placements: the best family (or items written inline) is the
 * top level, and under each item the first list that restarts at 1 (or its bullets, or a list
 * of labels) is the level below, with the lines that continue each title. Only the structure:
 * the one placement loop (placementLoop.ts) places these nodes and attaches everything else to them.
 */
import { isLabel, isBracketLabel, isHeadingAt, leadOf } from './findFamilies';
import { inlineItems } from './inlineItems';
import { continueTitle, splitSubtitle, subtitleLine } from './continuation';
import { dropLabel } from './lineModel';
import { cleanText } from './lex';
import { COLOPHON_RE, COUNT_RE, DEFAULT_LEVELS, levelSuffixes, MIN_FAMILY_SCORE, type RuleId } from './rules';
import { halfWidthAscii } from '../text/width';
import type { Family, Given, GivenPiece, InlineItems, Line, Placement, VisionFound } from './types';

/** A bracket round the whole title only marks it as a heading (【地域のつながりをつくる】). */
const unwrap = (t: string) => t.replace(/^[【《≪〈<［[]([^】》≫〉>］\]]+)[】》≫〉>］\]]$/u, '$1');
const titleOf = (l: Line) => splitSubtitle(unwrap(cleanText(dropLabel(l.title || l.text))));

/** The level a label line names: 【施策の柱】 → 施策の柱. */
const LABEL_LEVEL_RE = new RegExp(`([^\\sの【《〈[]*(?:${levelSuffixes('label')}))[】》〉\\]]?$`, 'u');

/** The level name a family's lead-in gives: 「3つの〇〇分野に」 → 〇〇分野, a label line → itself. */
function levelOf(lines: Line[], f: Family): string | null {
  if (f.level) return f.level.replace(/^[【《〈[]|[】》〉\]]$/g, '');
  for (const l of leadOf(lines, f)) {
    const m = halfWidthAscii(l.text).match(
      new RegExp(`${COUNT_RE.source}([^、。をにと\\s]{1,10}?)(?:を|に|と|として|、|。|$)`, 'u'),
    );
    if (m) return m[2];
    const word = isLabel(l) ? l.text.match(LABEL_LEVEL_RE) : null;
    if (word) return word[1];
  }
  return null;
}

/** Where item k's block ends: the next item, or for the last, furniture or a label after prose. */
function spanEnd(lines: Line[], f: Family, k: number): number {
  if (k + 1 < f.items.length) return f.items[k + 1];
  let prose = false;
  const indent = lines[f.items[k]].indent;
  const counted = new Map<string, number>();
  for (let j = f.items[k] + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.furniture === 'furniture.page-number' && countsOn(lines[j + 1], counted)) continue; // a page break in the block
    if (l.furniture || l.marked || (l.num && l.num.scheme === lines[f.items[0]].num?.scheme)) return j;
    if (COLOPHON_RE.test(l.text) || sectionAfterBlank(lines, j)) return j;
    if (l.num) counted.set(l.num.scheme, l.num.value);
    if (l.resident) continue; // a residents' list belongs to the item above
    if (f.kind === 'bullets' && !l.bullet && !l.sentence && l.indent <= indent) return j; // family.bullets-end
    if (f.kind === 'headed' && isHeadingAt(lines, j) && l.indent <= indent) return j; // the next heading of the page
    if (prose && !l.sentence && !l.bullet && !l.num) return j;
    if (l.sentence && !l.num && !l.bullet) prose = true;
  }
  return lines.length;
}

/** The line goes on counting a list of the block ((1) … page break … (2)). */
const countsOn = (l: Line | undefined, counted: Map<string, number>) =>
  !!l?.num && counted.get(l.num.scheme) === l.num.value - 1;

/** A short unnumbered line set apart by a blank line, with prose under it: a section of the page after the plan. */
function sectionAfterBlank(lines: Line[], j: number): boolean {
  const [l, prev, next] = [lines[j], lines[j - 1], lines[j + 1]];
  const blank = !!prev && l.line > prev.line + 1;
  return blank && !l.num && !l.bullet && !l.sentence && !l.resident && !!next?.sentence && !next.num && !next.bullet;
}

/**
 * Children of one item: the first numbering scheme not used above that starts at 1 gives the
 * level, and only lines of that scheme counting on (1, 2, 3) are its children; a (1) list and
 * a ①② list are two levels, never one. Without numbers, bullets or a list of labels.
 */
function childLines(
  lines: Line[],
  from: number,
  to: number,
  above: ReadonlySet<string>,
): { idx: number[]; rule: RuleId } {
  const span = lines
    .slice(from, to)
    .map((l, i) => ({ l, i: from + i }))
    .filter(({ l }) => !l.furniture && !l.resident);
  const first = span.find(
    ({ l }) => l.num && !l.bullet && !above.has(l.num.scheme) && l.num.value === 1 && l.num.scheme !== 'chapter',
  );
  const numbered: number[] = [];
  // A level word on the first item names the list: 推進項目1. then 2. count on (normalize.paren-level).
  const bare = (s: string) => s.split(':').pop();
  const sameList = (l: Line) =>
    !!l.num &&
    (l.num.scheme === first!.l.num!.scheme || (!l.word && bare(l.num.scheme) === bare(first!.l.num!.scheme)));
  for (const { l, i } of span)
    if (first && sameList(l) && !l.bullet && l.num!.value === numbered.length + 1) numbered.push(i);
  if (numbered.length) return { idx: numbered, rule: 'family.children' };
  const bullets = span.filter(({ l }) => l.bullet).map(({ i }) => i);
  if (bullets.length) return { idx: bullets, rule: 'bullet.child' };
  if (span.length && span.every(({ l }) => isLabel(l)))
    return { idx: span.filter(({ l }) => !isBracketLabel(l)).map(({ i }) => i), rule: 'family.list' };
  return { idx: [], rule: 'family.children' };
}

/** The level a child list takes: its own level word (施策（１）), a bracket label above it, or the default for its depth. */
function childLevel(l: Line, label: Line | undefined): string | null {
  const word = l.num?.scheme.includes(':') ? l.num.scheme.split(':')[0] : null;
  return word ?? (label ? label.text.slice(1, -1) : null);
}

/** The level name for a depth (1 = top) when the text gives none: a guess, said so (placementLoop.ts). */
const defaultLevel = (depth: number) => DEFAULT_LEVELS[Math.min(DEFAULT_LEVELS.length, depth) - 1];

/** One placement per child line, then each child's own children within its span. */
function nestChildren(ctx: Ctx, from: number, to: number, above: Set<string>, depth: number): void {
  const { lines } = ctx;
  const kids = childLines(lines, from, to, above);
  // A bracket label above the list names its level (【主な取組】); one further down is another list's.
  const label = lines.slice(from, kids.idx[0] ?? to).find(isBracketLabel);
  const scheme = kids.rule === 'family.children' && kids.idx.length ? lines[kids.idx[0]].num!.scheme : null;
  kids.idx.forEach((i, n) => {
    // The list's level is the one its first item names (推進項目1. 2. are both 推進項目).
    const child = place(ctx, i, depth + 1, childLevel(lines[kids.idx[0]], label), n, kids.rule);
    const end = n + 1 < kids.idx.length ? kids.idx[n + 1] : to;
    const body = continueTitles(ctx, child, i + 1, end);
    if (scheme) nestChildren(ctx, body, end, new Set([...above, scheme]), depth + 1);
  });
}

interface Ctx {
  lines: Line[];
  given: Given;
  confidence: number;
  /** The placements by piece of the line model. */
  placed: Map<number, Placement[]>;
  /** Pieces that continue a title (their text is in the placement). */
  titlePieces: Set<number>;
  /** Pieces whose own text stays beside their nodes (the sentence that writes items inline). */
  keepText: Set<number>;
  /** The first piece after the hierarchy. */
  endPiece: number;
  /** Pieces the vision took (its lines and its explanation). */
  vision: Set<number>;
}

/** Line i becomes a node at `depth` (1 = top), the k-th of its list. */
function place(ctx: Ctx, i: number, depth: number, level: string | null, k: number, rule: RuleId): Placement {
  const l = ctx.lines[i];
  const p: Placement = {
    depth,
    level: level ?? defaultLevel(depth),
    ...(level ? {} : { guessed: true }),
    code: l.num?.code ?? String(k + 1),
    parts: [l.num?.value ?? k + 1],
    rule,
    confidence: ctx.confidence,
    ...titleOf(l),
  };
  ctx.placed.set(i, [...(ctx.placed.get(i) ?? []), p]);
  const at = ctx.given.nodes.get(l.line);
  if (at) at.push(p);
  else ctx.given.nodes.set(l.line, [p]);
  return p;
}

/** Lines right under an item's title that continue it (title.broken) or give its subtitle (title.subtitle-next). */
function continueTitles(ctx: Ctx, item: Placement, from: number, end: number): number {
  const { lines } = ctx;
  let j = from;
  for (; j < end; j++) {
    const l = lines[j];
    // A subtitle may be indented under its title (〜…〜); the rest of a broken title is not.
    if (l.num || l.bullet || l.furniture || (l.indent > lines[from - 1].indent && !subtitleLine(l.text))) break;
    const rule = continueTitle(item, l.text);
    if (!rule) break;
    ctx.given.titles.set(l.line, rule);
    ctx.titlePieces.add(j);
  }
  return j;
}

/** How sure a reading of items written inside a sentence is. */
const INLINE_CONFIDENCE = 0.7;

/** Items written inside a sentence (inline.goals, inline.paren-list, inline.count-list): the top level; the sentence stays prose. */
function placeInline(ctx: Ctx, inline: InlineItems): void {
  const nodes = inline.titles.map((t, k) => ({
    depth: 1,
    level: inline.level,
    code: String(k + 1),
    parts: [k + 1],
    title: cleanText(t),
    rule: inline.rule,
    confidence: ctx.confidence,
  }));
  ctx.placed.set(inline.at, nodes);
  ctx.keepText.add(inline.at);
  ctx.given.nodes.set(inline.line, nodes);
  [ctx.given.end, ctx.endPiece] = [inline.line + 1, inline.at + 1];
}

/** Where the body ends: the source line after the last item's block. */
const endLine = (lines: Line[], at: number) => (at < lines.length ? lines[at].line : Infinity);

function placeFamily(ctx: Ctx, f: Family): void {
  const { lines } = ctx;
  const level = levelOf(lines, f);
  f.items.forEach((at, k) => {
    const item = place(ctx, at, 1, level, k, f.rule);
    const end = spanEnd(lines, f, k);
    const body = continueTitles(ctx, item, at + 1, end);
    nestChildren(ctx, body, end, new Set(lines[at].num ? [lines[at].num.scheme] : []), 1);
    if (k === f.items.length - 1) [ctx.given.end, ctx.endPiece] = [endLine(lines, end), end];
  });
}

/**
 * A source line split into pieces (a bullet run on after a sentence, a text pasted as one line)
 * holds text beside its nodes: kept in order, so the text goes to the node before it.
 */
function withOtherPieces({ lines, given, placed, endPiece, vision, titlePieces, keepText }: Ctx): void {
  const pieces = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (!given.nodes.has(l.line) && !titlePieces.has(i)) return;
    const at = pieces.get(l.line);
    if (at) at.push(i);
    else pieces.set(l.line, [i]);
  });
  const text = (i: number): GivenPiece[] =>
    lines[i].furniture || titlePieces.has(i) || vision.has(i) ? [] : [{ text: lines[i].text, post: i >= endPiece }];
  for (const [line, at] of pieces) {
    if (at.length === 1 && !keepText.has(at[0])) continue;
    const list = at.flatMap((i) => [...(placed.has(i) && !keepText.has(i) ? [] : text(i)), ...(placed.get(i) ?? [])]);
    if (list.length) given.nodes.set(line, list);
  }
}

/** Source lines whose every piece is page furniture, with the rule of the first. */
export function furnitureLines(lines: Line[]): Map<number, RuleId> {
  const out = new Map<number, RuleId>();
  const kept = new Set(lines.filter((l) => !l.furniture).map((l) => l.line));
  for (const l of lines) if (l.furniture && !kept.has(l.line) && !out.has(l.line)) out.set(l.line, l.furniture);
  return out;
}

/**
 * The family way of resolving the evidence: the best family row (or items written inline)
 * becomes the top level and children nest under each item. `vision`: read before any tree
 * (vision.ts); a family on its lines is not the plan's.
 */
export function resolveFamilies(lines: Line[], families: readonly Family[], vision: VisionFound | null): Given {
  const given: Given = { nodes: new Map(), titles: new Map(), end: Infinity };
  const taken = new Set([
    ...(vision?.lines ?? []),
    ...(vision?.descriptionLine !== undefined ? [vision.descriptionLine] : []),
  ]);
  const open = families.filter((f) => !f.items.some((i) => taken.has(i)));
  const best = open.reduce<Family | null>((b, f) => (f.score > (b?.score ?? -Infinity) ? f : b), null);
  const inline = best && best.score >= MIN_FAMILY_SCORE ? null : inlineItems(lines);
  const ctx: Ctx = {
    lines,
    given,
    confidence: inline ? INLINE_CONFIDENCE : Math.min(1, 0.4 + (best?.score ?? 0) / 10),
    placed: new Map(),
    endPiece: Infinity,
    vision: taken,
    titlePieces: new Set(),
    keepText: new Set(),
  };
  if (inline) placeInline(ctx, inline);
  else if (best && best.score > 0) placeFamily(ctx, best);
  withOtherPieces(ctx);
  // A source line split into pieces (a text pasted as one line, a table row) ends with its last node, never before.
  for (const line of given.nodes.keys()) if (line >= given.end) given.end = line + 1;
  return given;
}
