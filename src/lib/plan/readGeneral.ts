/**
 * The family way of reading: plans written without the seed-style headings. The line model
 * (modelLines), then the family evidence (evidence.ts, weighed by findFamilies.ts) resolved
 * into a tree: the best family or inline items → children per item → descriptions. Every line
 * it uses gets the decision it recorded.
 */
import { attach, newDraft } from './draft';
import { isLabel, isBracketLabel, leadOf } from './findFamilies';
import { proposeEvidence } from './evidence';
import { readVision } from './vision';
import { inlineItems } from './inlineItems';
import { splitSubtitle, subtitleLine, titleRunsOn } from './continuation';
import { dropLabel, lineFeatures, type Analyzer } from './lineModel';
import { normalizeText } from './normalizeText';
import { cleanText } from './lex';
import { COUNT_RE, DEFAULT_LEVELS, levelSuffixes, MIN_FAMILY_SCORE, type RuleId } from './rules';
import { halfWidthAscii } from '../text/width';
import type { Section } from './schema';
import type { Draft, Family, GeneralRead, InlineItems, Line, Mark, VisionFound } from './types';

const DEFAULT_TOP = '基本目標';
const DEFAULT_CHILD = '施策';

function titleOf(l: Line): { title: string; subtitle?: string } {
  const t = cleanText(dropLabel(l.title || l.text));
  const m = t.match(/^(.+?)\s*[(（]([^()（）]+)[)）]$/u);
  return m ? { title: m[1], subtitle: m[2] } : { title: t };
}

/** The level a label line names: 【施策の柱】 → 施策の柱. */
const LABEL_LEVEL_RE = new RegExp(`([^\\sの【《〈[]*(?:${levelSuffixes('label')}))[】》〉\\]]?$`, 'u');

/** The level name a family's lead-in gives: 「3つの〇〇分野に」 → 〇〇分野, a label line → itself. */
function levelOf(lines: Line[], f: Family): string {
  if (f.level) return f.level.replace(/^[【《〈[]|[】》〉\]]$/g, '');
  for (const l of leadOf(lines, f)) {
    const m = halfWidthAscii(l.text).match(
      new RegExp(`${COUNT_RE.source}([^、。をにと\\s]{1,10}?)(?:を|に|と|として|、|。|$)`, 'u'),
    );
    if (m) return m[2];
    const word = isLabel(l) ? l.text.match(LABEL_LEVEL_RE) : null;
    if (word) return word[1];
  }
  return DEFAULT_TOP;
}

/** Where item k's block ends: the next item, or for the last, furniture or a label after prose. */
function spanEnd(lines: Line[], f: Family, k: number): number {
  if (k + 1 < f.items.length) return f.items[k + 1];
  let prose = false;
  const indent = lines[f.items[k]].indent;
  for (let j = f.items[k] + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.furniture || l.marked || (l.num && l.num.scheme === lines[f.items[0]].num?.scheme)) return j;
    if (l.resident) continue; // a residents' list belongs to the item above
    if (f.kind === 'bullets' && !l.bullet && !l.sentence && l.indent <= indent) return j; // family.bullets-end
    if (prose && !l.sentence && !l.bullet && !l.num) return j;
    if (l.sentence && !l.num && !l.bullet) prose = true;
  }
  return lines.length;
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
function childLevel(l: Line, label: Line | undefined, depth: number): string {
  const word = l.num?.scheme.includes(':') ? l.num.scheme.split(':')[0] : null;
  return word ?? (label ? label.text.slice(1, -1) : (DEFAULT_LEVELS[depth] ?? DEFAULT_CHILD));
}

/** Adds item's children from lines [from, to), then each child's own children within its span. */
function nestChildren(
  lines: Line[],
  item: Draft,
  from: number,
  to: number,
  above: Set<string>,
  depth: number,
  conf: number,
  marks: Map<number, Mark>,
): void {
  const kids = childLines(lines, from, to, above);
  const label = lines.slice(from, to).find(isBracketLabel);
  const scheme = kids.rule === 'family.children' && kids.idx.length ? lines[kids.idx[0]].num!.scheme : null;
  kids.idx.forEach((i, n) => {
    // The list's level is the one its first item names (推進項目1. 2. are both 推進項目).
    const child = addItem(item, lines[i], childLevel(lines[kids.idx[0]], label, depth), n);
    marks.set(i, { role: 'item', rule: kids.rule, confidence: conf, node: child });
    if (scheme)
      nestChildren(
        lines,
        child,
        i + 1,
        n + 1 < kids.idx.length ? kids.idx[n + 1] : to,
        new Set([...above, scheme]),
        depth + 1,
        conf,
        marks,
      );
  });
}

function addItem(parent: Draft, l: Line, level: string, k: number): Draft {
  const { title, subtitle } = titleOf(l);
  const d = attach(
    parent,
    newDraft(
      { level, code: l.num?.code ?? String(k + 1), title, line: l.line, parts: [l.num?.value ?? k + 1] },
      parent,
    ),
  );
  if (subtitle) d.subtitle = subtitle;
  return d;
}

/** Lines right under an item's title that continue it (title.broken) or give its subtitle (title.subtitle-next). */
function continueTitle(lines: Line[], item: Draft, from: number, end: number, marks: Map<number, Mark>): number {
  let j = from;
  for (; j < end; j++) {
    const l = lines[j];
    if (l.num || l.bullet || l.furniture || l.indent > lines[from - 1].indent) break;
    const sub = item.subtitle ? null : subtitleLine(l.text);
    if (sub) item.subtitle = sub;
    else if (!item.subtitle && titleRunsOn(item.title, l.text)) {
      const rest = splitSubtitle(l.text);
      item.title += rest.title;
      if (rest.subtitle) item.subtitle = rest.subtitle;
    } else break;
    marks.set(j, { role: 'title', rule: sub ? 'title.subtitle-next' : 'title.broken', confidence: 0.7, node: item });
  }
  return j;
}

function buildFamily(lines: Line[], f: Family, root: Draft, marks: Map<number, Mark>): void {
  const level = levelOf(lines, f);
  const conf = Math.min(1, 0.4 + f.score / 10);
  f.items.forEach((at, k) => {
    const item = addItem(root, lines[at], level, k);
    marks.set(at, { role: 'item', rule: f.rule, confidence: conf, node: item });
    const end = spanEnd(lines, f, k);
    const body = continueTitle(lines, item, at + 1, end, marks);
    nestChildren(lines, item, body, end, new Set(lines[at].num ? [lines[at].num.scheme] : []), 1, conf, marks);
    let owner = item;
    for (let j = at + 1; j < end; j++) {
      const l = lines[j];
      const placed = marks.get(j)?.node;
      if (placed) owner = placed;
      if (marks.has(j)) continue;
      if (l.resident) {
        if (l.resident === 'item') (owner.residents ??= []).push(cleanText(l.text));
        marks.set(j, { role: 'residents', rule: 'list-header.residents', confidence: 0.8, node: owner });
      } else if (l.furniture) marks.set(j, { role: 'skipped', rule: l.furniture, confidence: 0.9 });
      else if (l.sentence) {
        owner.description = owner.description ? `${owner.description}\n${l.text}` : l.text;
        marks.set(j, { role: 'description', rule: 'prose.description', confidence: 0.7, node: owner });
      } else marks.set(j, { role: 'label', rule: 'prose.note', confidence: 0.5, node: item });
    }
  });
}

/** Prose the hierarchy did not take, kept as sections: a short line opens one. */
function proseSections(lines: Line[], marks: Map<number, Mark>): Section[] {
  const out: Section[] = [];
  lines.forEach((l, i) => {
    if (marks.get(i)?.role !== 'prose') return;
    const last = out[out.length - 1];
    if (!l.sentence || !last)
      out.push({ heading: l.sentence ? '' : l.text, text: l.sentence ? l.text : '', line: l.line });
    else last.text = last.text ? `${last.text}\n${l.text}` : l.text;
  });
  return out;
}

/** The line model of a text: normalised lines (tabs read as spaces), blank lines dropped, each with its features. */
export function modelLines(text: string, analyze: Record<string, number> | Analyzer = {}): Line[] {
  return normalizeText(text.replace(/\t/g, ' '))
    .filter((l) => l.text.trim())
    .map((l) => lineFeatures(l, analyze));
}

/**
 * The family way of resolving the evidence: the best family row (or items written inline)
 * becomes the top level, children nest under each item, prose attaches. `vision`: read before
 * any tree (vision.ts); its lines are not the tree's.
 */
export function readFamilies(lines: Line[], families: readonly Family[], vision: VisionFound | null): GeneralRead {
  const root = newDraft({ id: 'root', level: '基本理念', line: 0, path: [] }, null);
  root.path = [];
  const marks = new Map<number, Mark>();
  vision?.lines.forEach((i) => marks.set(i, { role: 'vision', rule: vision.rule, confidence: 0.8 }));
  if (vision?.descriptionLine !== undefined) {
    root.description = vision.description!;
    marks.set(vision.descriptionLine, { role: 'description', rule: 'vision.slogan-ends', confidence: 0.7 });
  }
  const open = families.filter((f) => !f.items.some((i) => marks.has(i)));
  const best = open.reduce<Family | null>((b, f) => (f.score > (b?.score ?? -Infinity) ? f : b), null);
  const inline = best && best.score >= MIN_FAMILY_SCORE ? null : inlineItems(lines);
  if (inline) addInline(lines, inline, root, marks);
  else if (best && best.score > 0) buildFamily(lines, best, root, marks);
  lines.forEach(
    (l, i) =>
      marks.has(i) ||
      marks.set(
        i,
        l.furniture
          ? { role: 'skipped', rule: l.furniture, confidence: 0.9 }
          : { role: 'prose', rule: 'prose.section', confidence: 0.6 },
      ),
  );
  return { root, vision, marks, lines, sections: proseSections(lines, marks), warnings: [] };
}

/** Items written inside a sentence (inline.goals, inline.paren-list): the top level, all on one line. */
function addInline(lines: Line[], inline: InlineItems, root: Draft, marks: Map<number, Mark>): void {
  const at = lines.findIndex((l) => l.line === inline.line);
  inline.titles.forEach((t, k) =>
    attach(
      root,
      newDraft(
        { level: inline.level, code: String(k + 1), title: cleanText(t), line: inline.line, parts: [k + 1] },
        root,
      ),
    ),
  );
  marks.set(at, { role: 'item', rule: inline.rule, confidence: 0.7, node: root.children[0] });
}

/** The family way on a text alone (its own line model, evidence and vision): for tests and tools. */
export function readGeneral(
  text: string,
  extraWords: Record<string, number> | Analyzer = {},
  visionHint?: string,
): GeneralRead {
  const lines = modelLines(text, extraWords);
  const { families } = proposeEvidence(lines, []);
  return readFamilies(lines, families, readVision(lines, visionHint));
}
