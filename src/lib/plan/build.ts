/**
 * The tree builder: the evidence (evidence.ts) resolved into candidate trees, each weighed
 * whole by the evidence it honours (weigh.ts) and ranked. The best is the reading; the
 * runner-up is 「別の読み方」 when it weighs close. Each candidate is one way of trusting the
 * evidence where it conflicts:
 * - `headings`: heading rows (level words and their ranks, compound codes, 体系図 rows, list
 *   headers) place the nodes as they come;
 * - `families`: the heaviest family row is the top level and lists that restart at 1 nest under
 *   each item (resolveFamilies.ts resolves them into placements).
 * One placement loop (placementLoop.ts) builds each tree and attaches the prose, notes, residents'
 * lists and sections to it; both take the one vision (vision.ts) as read, and record each
 * decision per line as they make it.
 */
import { placeTree, headingTokens, type VisionLines } from './placementLoop';
import { draftsInOrder } from './draft';
import { dropEmptyChapters } from './dropEmptyChapters';
import { proposeEvidence, type EvidenceSet } from './evidence';
import type { ReadLine } from './explainLines';
import { lineAnalyzer, modelLines } from './lineModel';
import { isPageFurniture } from './normalizeText';
import { furnitureLines, resolveFamilies } from './resolveFamilies';
import { RUNNER_UP_SHARE } from './rules';
import type { Assembly, Diagnostic, Draft, Given, Line, Mark, PlanMeta, VisionFound } from './types';
import { readVision } from './vision';
import { scoreOf, weigh, type Tally } from './weigh';

/** One resolution of the evidence: its tree, its own warnings, the decisions it recorded per line. */
export interface Candidate {
  way: 'headings' | 'families';
  reading: Assembly;
  warnings: Diagnostic[];
  /** The lines it read, each with the decision it recorded. */
  recorded: () => ReadLine[];
  tally: Tally;
  score: number;
}

/** The text read: its source lines, the evidence, the line model and the vision, the candidates. */
export interface Built {
  lines: string[];
  evidence: EvidenceSet;
  model: Line[];
  vision: VisionFound | null;
  candidates: Candidate[];
  /** How the heading way's tree was judged before ranking changed it (rankTrees). */
  judged?: { trusted: boolean; same: boolean };
}

/** Indexes (into the line model) of the vision's lines and of the paragraph that explains it. */
const visionAt = (v: VisionFound | null): number[] =>
  v ? [...v.lines, ...(v.descriptionLine !== undefined ? [v.descriptionLine] : [])] : [];

/** The one vision (vision.ts), read on the line model, as source lines the tree leaves alone. */
function visionLines(model: Line[], v: VisionFound | null): VisionLines | null {
  if (!v) return null;
  const at = visionAt(v).map((i) => model[i].line);
  return { text: v.text, subtitle: v.subtitle, description: v.description ?? '', lines: new Set(at) };
}

/** What vision.ts decided about its lines, by source line. */
function visionMarks(model: Line[], v: VisionFound | null): Map<number, Mark> {
  const out = new Map<number, Mark>();
  v?.lines.forEach((i) => out.set(model[i].line, { role: 'vision', rule: v.rule, confidence: 0.8 }));
  if (v?.descriptionLine !== undefined)
    out.set(model[v.descriptionLine].line, { role: 'description', rule: 'vision.slogan-ends', confidence: 0.7 });
  return out;
}

/** A reading's decisions, per source line (the vision's lines with the decisions vision.ts recorded). */
function recordOf(lines: string[], vision: Map<number, Mark>, a: Assembly): () => ReadLine[] {
  // Items written inline in the vision's explanation are items first.
  const markOf = (line: number) =>
    a.marks?.get(line)?.role === 'item' ? a.marks.get(line) : (vision.get(line) ?? a.marks?.get(line));
  return () => lines.flatMap((raw, i) => (raw.trim() ? [{ line: i + 1, text: raw.trim(), mark: markOf(i + 1) }] : []));
}

/**
 * Reads `lines`: one analysis per line, the evidence once, the vision once, then one candidate
 * per way of trusting the evidence, each placed by the one placement loop (placementLoop.ts): the
 * heading rows as they come, or the structure the family rows resolve to (resolveFamilies.ts).
 */
export function buildTrees(lines: string[], meta: PlanMeta): Built {
  const analyze = lineAnalyzer(meta.hints?.levelWords);
  const model = modelLines(lines.join('\n'), analyze);
  // The lexer's warnings are the text's, not a reading's: each reading reports them.
  const lexed: Diagnostic[] = [];
  const tokens = headingTokens(
    lines.map((l) => (isPageFurniture(l) ? '' : l)),
    (line, message) => lexed.push({ line, message }),
    analyze,
  );
  const evidence = proposeEvidence(model, tokens);
  const vision = readVision(model, meta.hints?.vision);
  const [at, marks] = [visionLines(model, vision), visionMarks(model, vision)];
  const candidate = (way: Candidate['way'], structure: Given | null): Candidate => {
    const warnings = [...lexed];
    const reading = placeTree(tokens, meta, warnings, at, structure, { source: lines, furniture });
    return {
      way,
      reading,
      warnings,
      recorded: recordOf(lines, marks, reading),
      ...weighed(reading.root, evidence, reading.marks),
    };
  };
  const given = resolveFamilies(model, evidence.families, vision);
  // One decision on page furniture for both readings (placementLoop.ts isFurniture).
  const furniture = furnitureLines(model);
  return { lines, evidence, model, vision, candidates: [candidate('headings', null), candidate('families', given)] };
}

function weighed(
  root: Draft,
  evidence: EvidenceSet,
  marks?: ReadonlyMap<number, Mark>,
): { tally: Tally; score: number } {
  const tally = weigh(root, evidence, marks);
  return { tally, score: scoreOf(tally) };
}

/**
 * The heading way's tree is trusted on equal evidence when its top level carries the text's own
 * level words (not guessed level names, not chapters with nothing under them).
 */
export function headingsTrusted(a: Assembly): boolean {
  const top = a.root.children;
  return top.length > 0 && top.every((d) => !d.guessed && (d.scheme !== 'chapter' || d.children.length > 0));
}

/** Both ways found the same top items: the heading way's tree is the richer one (codes, nesting). */
const sameTop = (a: Draft, b: Draft) =>
  a.children.map((c) => c.title).join('\n') === b.children.map((c) => c.title).join('\n');

/** The candidates best first, why the first won (in words), and whether the second weighs close. */
export interface Ranking {
  order: Candidate[];
  why: string;
  close: boolean;
}

/** Why the first tree won, in words: by numbered lines placed, else by the rest of the evidence, else by the text's own level words. */
function whyFirst(first: Candidate, second: Candidate, same: boolean): string {
  const [a, b] = [first.tally.item.honoured, second.tally.item.honoured];
  if (a !== b) return `番号付きの行を ${a} 行項目にした読み方を、${b} 行の読み方より優先しました`;
  if (first.score !== second.score)
    return '項目にした番号付きの行が同数のため、見出し・番号の並び・ページの節や飾りなど、ほかの根拠をより多く満たす読み方にしました';
  if (same) return '上位の項目が同じため、番号や階層名をより多く読み取った読み方にしました';
  return first.way === 'headings'
    ? '項目にした番号付きの行が同数のため、本文の階層名(基本目標 など)で書かれた見出しの読み方にしました'
    : '項目にした番号付きの行が同数で、見出しに本文の階層名がないため、番号や箇条書きの並びとしての読み方にしました';
}

/**
 * Ranks the candidates by the weight of the evidence each honours: the numbered lines placed
 * first, then headings, families, sections, subtitles, furniture (choose.more-numbered,
 * choose.evidence). On equal weight, the heading way when its top level is the text's own level
 * words or both tops agree; a way that found nothing never wins.
 */
export function rankTrees(b: Built): Ranking {
  const [h, f] = b.candidates;
  // Trust and sameness are judged on the tree as read (once: ranking again gives the same order);
  // then a table of contents' empty chapters leave it.
  b.judged ??= { trusted: headingsTrusted(h.reading), same: sameTop(h.reading.root, f.reading.root) };
  const { trusted, same } = b.judged;
  if (h.reading.root.children.some((d) => d.scheme !== 'chapter' || d.children.length)) {
    h.reading.sections.push(...dropEmptyChapters(h.reading.root));
    Object.assign(h, weighed(h.reading.root, b.evidence, h.reading.marks));
  }
  // The numbered lines placed decide first, strictly; the rest of the evidence only between equals.
  const [hi, fi] = [h.tally.item.weight, f.tally.item.weight];
  // A way that found nothing never wins over one that found a tree, whatever else it honours.
  const headingsFirst =
    !f.reading.root.children.length ||
    (h.reading.root.children.length > 0 &&
      (hi > fi || (hi === fi && (h.score > f.score || (h.score === f.score && (same || trusted))))));
  const order = headingsFirst ? [h, f] : [f, h];
  const close = Math.min(h.score, f.score) >= RUNNER_UP_SHARE * Math.max(h.score, f.score);
  return { order, why: whyFirst(order[0], order[1], same), close };
}

/** Source lines of the numbered lines a tree made into items. */
export function placedLines(root: Draft, numbered: Set<number>): Set<number> {
  return new Set(
    draftsInOrder(root)
      .slice(1)
      .filter((d) => numbered.has(d.line))
      .map((d) => d.line),
  );
}
