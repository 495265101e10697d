/**
 * The plan compiler: plan text + metadata → Plan + an explanation per line, or errors with
 * line numbers. Pure (no I/O), total (never throws on any input), shared by the CLI and the
 * browser's import page.
 *
 * Passes: front matter → input checks → normalise → the vision, read once on the line model
 * (vision.ts; both readers take its lines as the vision's) → two readers over the same lines
 * (the heading reader for level words, compound codes and 体系図 tables; the family reader for
 * numbered, bulleted and inline lists) → choose by evidence (the numbered lines each reading
 * makes into items), recording why → finish and validate → explain. When the other
 * reading is close and differs, it is returned as `alternative` (「別の読み方」). The rules
 * both readers apply are rows of the table in rules.ts.
 */
import { assembleHeadings, headingTokens } from './assemble';
import { proposeEvidence, type EvidenceSet } from './evidence';
import { readVision } from './vision';
import { compileOutline } from './compileOutline';
import { explainLines, type ReadLine } from './explainLines';
import { finishTree } from './finish';
import { dropEmptyChapters } from './dropEmptyChapters';
import { frontMatter } from './frontMatter';
import { linePages } from './linePages';
import { isPageFurniture, normalizeText, tabsForSpacedTables } from './normalizeText';
import { modelLines, readFamilies } from './readGeneral';
import { cleanText } from './lex';
import { lineAnalyzer } from './lineModel';
import { draftsInOrder } from './draft';
import { starMarks } from './starMarks';
import { unplacedWarnings } from './unplacedWarnings';
import { LOW_CONFIDENCE, RUNNER_UP_SHARE } from './rules';
import { validatePlan } from './schema';
import { walk } from './hierarchy';
import { describeTally, scoreOf, weigh, type Tally } from './weigh';
import { countByLevel } from './countByLevel';
import type { VisionLines } from './assemble';
import type {
  AlternativeReading,
  Assembly,
  CompileResult,
  Diagnostic,
  Draft,
  GeneralRead,
  Line,
  LineExplanation,
  PlanMeta,
} from './types';
import type { Plan } from './schema';

export type {
  AlternativeReading,
  CompileResult,
  Diagnostic,
  LineExplanation,
  LineRole,
  PlanHints,
  PlanMeta,
} from './types';

const MAX_LINES = 20000;

/** Empty or binary input: an error naming the line, or null when the text can be read. */
function checkInput(text: unknown): Diagnostic | null {
  if (typeof text !== 'string' || text.trim() === '')
    return { line: 1, message: 'ファイルが空です。計画の本文(テキスト)を入れてください。' };
  const nul = text.indexOf('\u0000');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (nul >= 0 || bad > text.length / 20) {
    const line = nul >= 0 ? text.slice(0, nul).split('\n').length : 1;
    return {
      line,
      message: 'テキストではなくバイナリのようです(文字化けか NUL 文字)。PDF から取り出したテキストを使ってください。',
    };
  }
  return null;
}

/**
 * The heading reader's tree is trusted when its top level carries the text's own level
 * words; otherwise (nothing found, guessed level names, bare chapters) the family reader decides.
 */
export function headingsTrusted(a: Assembly): boolean {
  const top = a.root.children;
  // A chapter with nothing under it is a table of contents entry, not a level of the plan.
  return top.length > 0 && top.every((d) => !d.guessed && (d.scheme !== 'chapter' || d.children.length > 0));
}

/** Source lines of the numbered lines a tree made into items. */
function placedLines(root: Draft, numbered: Set<number>): Set<number> {
  return new Set(
    draftsInOrder(root)
      .slice(1)
      .filter((d) => numbered.has(d.line))
      .map((d) => d.line),
  );
}

const hierarchyTitles = (d: Draft): string[] =>
  draftsInOrder(d)
    .slice(1)
    .map((c) => c.title);

/** Both readers found the same top items: the heading reader's tree is the richer one (codes, nesting). */
const sameTop = (a: Draft, b: Draft) =>
  a.children.map((c) => c.title).join('\n') === b.children.map((c) => c.title).join('\n');

/** Lines as the heading reader takes them: normalised, one per source line. */
function headingLines(text: string): string[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const norm = normalizeText(text);
  const lines = norm.length === raw.length ? norm.map((l) => l.text) : raw;
  return tabsForSpacedTables(lines);
}

function withFrontMatter(
  text: string,
  metaIn: PlanMeta,
): { text: string; meta: PlanMeta; outline: boolean; skip: number; vision: string | null } {
  const fm = frontMatter(text);
  const meta: PlanMeta = { ...fm.meta, ...metaIn, hints: { ...metaIn.hints } };
  if (fm.vision && !meta.hints!.vision) meta.hints!.vision = fm.vision;
  if (!fm.lines) return { text, meta, outline: false, skip: 0, vision: fm.vision };
  const lines = text.split(/\r\n|\r|\n/);
  if (fm.format === 'outline')
    return { text: lines.slice(fm.lines).join('\n'), meta, outline: true, skip: fm.lines, vision: fm.vision };
  return {
    text: [...lines.slice(0, fm.lines).map(() => ''), ...lines.slice(fm.lines)].join('\n'),
    meta,
    outline: false,
    skip: fm.lines,
    vision: fm.vision,
  };
}

/** The family reader's result in the shape the finishing pass takes. */
function fromGeneral(g: GeneralRead): Assembly {
  return {
    root: g.root,
    vision: g.vision?.text ?? '',
    visionSubtitle: g.vision?.subtitle,
    actors: [],
    sections: g.sections,
    hintsUsed: [],
  };
}

/** The one vision (vision.ts), read on the line model, as source lines the heading reader leaves alone. */
function visionLines(g: GeneralRead): VisionLines | null {
  const v = g.vision;
  if (!v) return null;
  const at = [...v.lines, ...(v.descriptionLine !== undefined ? [v.descriptionLine] : [])].map((i) => g.lines[i].line);
  return { text: v.text, subtitle: v.subtitle, description: v.description ?? '', lines: new Set(at) };
}

/** Both readings of the lines, before one is chosen. */
interface Readings {
  lines: string[];
  general: GeneralRead;
  assembly: Assembly;
  headingWarnings: Diagnostic[];
  numbered: Map<number, Line>;
  evidence: EvidenceSet;
}

/**
 * The lines analysed once (lineModel.ts), the evidence proposed once (evidence.ts), the vision
 * read once (vision.ts); then each way resolves the evidence into a tree: the heading way
 * (level words, codes, 体系図 tables) and the family way (runs that count 1, 2, 3).
 */
function readBoth(fmText: string, meta: PlanMeta, warnings: Diagnostic[]): Readings {
  let lines = headingLines(fmText);
  if (lines.length > MAX_LINES) {
    warnings.push({ line: MAX_LINES, message: `${lines.length} 行のうち最初の ${MAX_LINES} 行だけを読みました。` });
    lines = lines.slice(0, MAX_LINES);
  }
  const analyze = lineAnalyzer(meta.hints?.levelWords);
  const model = modelLines(lines.join('\n'), analyze);
  const headingWarnings: Diagnostic[] = [];
  const warn = (line: number, message: string) => headingWarnings.push({ line, message });
  const tokens = headingTokens(
    lines.map((l) => (isPageFurniture(l) ? '' : l)),
    warn,
    analyze,
  );
  const evidence = proposeEvidence(model, tokens);
  const general = readFamilies(model, evidence.families, readVision(model, meta.hints?.vision));
  const assembly = assembleHeadings(tokens, meta, headingWarnings, visionLines(general));
  return { lines, general, assembly, headingWarnings, numbered: evidence.numbered, evidence };
}

/** The two trees ranked by the evidence each honours (weigh.ts): the recorded decision `--explain` and the import page show. */
interface Choice {
  useHeadings: boolean;
  /** What each tree honours of the evidence. */
  tallies: { headings: Tally; families: Tally };
  /** Why the chosen reading won, in words (choose.more-numbered, reading.runner-up). */
  why: string;
  /** The two readings weigh nearly the same (reading.runner-up). */
  close: boolean;
}

/** Why the first tree won, in words: by numbered lines placed, else by the rest of the evidence, else by the text's own level words. */
function whyChosen(h: number, f: number, scores: [number, number], same: boolean, useHeadings: boolean): string {
  if (h !== f)
    return `番号付きの行を ${Math.max(h, f)} 行項目にした読み方を、${Math.min(h, f)} 行の読み方より優先しました`;
  if (scores[0] !== scores[1])
    return '項目にした番号付きの行が同数のため、見出し・番号の並び・ページの節や飾りなど、ほかの根拠をより多く満たす読み方にしました';
  if (same) return '上位の項目が同じため、番号や階層名をより多く読み取った読み方にしました';
  return useHeadings
    ? '項目にした番号付きの行が同数のため、本文の階層名(基本目標 など)で書かれた見出しの読み方にしました'
    : '項目にした番号付きの行が同数で、見出しに本文の階層名がないため、番号や箇条書きの並びとしての読み方にしました';
}

/**
 * Ranks the two trees by the weight of the evidence each honours (weigh.ts): the numbered lines
 * it places first, then headings, families, sections, furniture … On equal weight, the heading
 * way when its top level is the text's own level words or both tops agree.
 */
function rankTrees(r: Readings): Choice {
  const { assembly, general } = r;
  // Trust and sameness are judged on the tree as read; dropping empty chapters only helps it win on placed numbers.
  const [trusted, same] = [headingsTrusted(assembly), sameTop(assembly.root, general.root)];
  if (assembly.root.children.some((d) => d.scheme !== 'chapter' || d.children.length))
    assembly.sections.push(...dropEmptyChapters(assembly.root));
  const tallies = { headings: weigh(assembly.root, r.evidence), families: weigh(general.root, r.evidence) };
  const scores: [number, number] = [scoreOf(tallies.headings), scoreOf(tallies.families)];
  const useHeadings =
    !general.root.children.length || scores[0] > scores[1] || (scores[0] === scores[1] && (same || trusted));
  const [h, f] = [tallies.headings.item.honoured, tallies.families.item.honoured];
  const close = Math.min(...scores) >= RUNNER_UP_SHARE * Math.max(...scores);
  return { useHeadings, tallies, why: whyChosen(h, f, scores, same, useHeadings), close };
}

/** A reading made into a plan: unplaced numbered lines warned, the vision filled in, finished and validated. */
function finishReading(
  r: Readings,
  chosen: Assembly,
  warnings: Diagnostic[],
  ctx: { meta: PlanMeta; file: string; pages: number[] | null },
): { plan: Plan | null; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const { meta } = ctx;
  // A numbered line restating an item placed elsewhere (a summary list, then the detail) is that item.
  const keys = new Set(r.numbered.keys());
  const titles = new Set(hierarchyTitles(chosen.root));
  const placed = new Set([
    ...placedLines(chosen.root, keys),
    ...[...r.numbered].filter(([, l]) => titles.has(cleanText(l.title))).map(([n]) => n),
  ]);
  const texts = new Map([...r.numbered].map(([n, l]) => [n, l.text]));
  warnings.push(...unplacedWarnings(texts, placed, chosen.vision, new Set(warnings.map((w) => w.line))));
  const found = r.general.vision;
  if (found?.rule === 'vision.hint' && found.lines.length)
    chosen.hintsUsed.push(
      `hints.vision: ${r.general.lines[found.lines[0]].line} 行目「${found.text}」を基本理念として読みました`,
    );
  starMarks(chosen.root, r.lines);
  const warn = (line: number, message: string) => warnings.push({ line, message });
  const plan = finishTree(chosen.root, { warn, errors, meta, file: ctx.file, ...chosen });
  if (!plan) return { plan: null, errors };
  const pages = ctx.pages;
  if (pages)
    walk(plan.root, (n) => {
      if (n.line > 0) n.page = pages[n.line - 1];
    });
  const v = validatePlan(plan);
  if (!v.ok) return { plan: null, errors: [...errors, ...v.errors.map((message) => ({ line: 1, message }))] };
  return { plan, errors };
}

/** 「基本目標 3・施策 9」: the nodes per level, the line a person checks a reading by. */
export function readingSummary(plan: Plan): string {
  return countByLevel(plan.root)
    .map(({ level, count }) => `${level} ${count}`)
    .join('・');
}

type Ctx = { meta: PlanMeta; file: string; pages: number[] | null };
type Finished = { plan: Plan | null; errors: Diagnostic[]; warnings: Diagnostic[]; reading: Assembly };

/** The loser is finished too when it may be offered (close evidence) or when the person picked it (hints.reading). */
const mayOffer = (c: Choice, meta: PlanMeta) => !!meta.hints?.reading || c.close;

/** The two summaries; when the counts agree, each names the first top item where the trees part. */
function summaries(chosen: Plan, other: Plan): { summary: string; chosenSummary: string } {
  const [a, b] = [readingSummary(other), readingSummary(chosen)];
  if (a !== b) return { summary: a, chosenSummary: b };
  const at = other.root.children.findIndex((n, i) => n.title !== chosen.root.children[i]?.title);
  const name = (p: Plan) => `「${(p.root.children[at]?.title ?? '').slice(0, SUMMARY_TITLE)}」`;
  return { summary: `${a}(${at + 1} つめが${name(other)})`, chosenSummary: `${b}(${at + 1} つめが${name(chosen)})` };
}

/** Characters of a title shown in a summary. */
const SUMMARY_TITLE = 14;

const sameTopNodes = (a: Plan, b: Plan) =>
  a.root.children.map((n) => n.title).join('\n') === b.root.children.map((n) => n.title).join('\n');

/**
 * Both readings finished, best first: the weighed choice, unless the person picked the other
 * on the import page (hints.reading holds its summary). The second is null when it is not
 * worth offering: empty, far behind in evidence, or the same tree.
 */
function finishBoth(r: Readings, c: Choice, warnings: Diagnostic[], ctx: Ctx): [Finished, Finished | null] {
  const readings = [r.assembly, fromGeneral(r.general)];
  const own = [r.headingWarnings, r.general.warnings];
  const order = c.useHeadings ? [0, 1] : [1, 0];
  const finish = (k: number, base: Diagnostic[]): Finished => {
    const w = [...base, ...own[k]];
    return { ...finishReading(r, readings[k], w, ctx), warnings: w, reading: readings[k] };
  };
  const best = finish(order[0], warnings);
  const other = readings[order[1]].root.children.length && mayOffer(c, ctx.meta) ? finish(order[1], warnings) : null;
  if (!other?.plan || !best.plan) return [best, null];
  if (readingSummary(other.plan) === readingSummary(best.plan) && sameTopNodes(other.plan, best.plan))
    return [best, null];
  return ctx.meta.hints?.reading === readingSummary(other.plan) ? [other, best] : [best, other];
}

/**
 * The lines the winning reading read, each with the decision it recorded: the family reader
 * per line of the line model, the heading reader per source line (the vision's lines with the
 * decisions vision.ts recorded when it read them).
 */
function recordedLines(r: Readings, f: Finished): ReadLine[] {
  const g = r.general;
  const marks = f.reading.marks;
  if (!marks) return g.lines.map((l, i) => ({ line: l.line, text: l.text, mark: g.marks.get(i) }));
  const v = g.vision;
  const vision = new Map(
    [...(v?.lines ?? []), ...(v?.descriptionLine !== undefined ? [v.descriptionLine] : [])].map((i) => [
      g.lines[i].line,
      g.marks.get(i),
    ]),
  );
  return r.lines.flatMap((raw, i) =>
    raw.trim() ? [{ line: i + 1, text: raw.trim(), mark: vision.get(i + 1) ?? marks.get(i + 1) }] : [],
  );
}

function explainChosen(r: Readings, f: Finished): LineExplanation[] {
  const explain = explainLines(recordedLines(r, f));
  for (const e of explain)
    if (e.confidence < LOW_CONFIDENCE && e.role === 'item')
      f.warnings.push({
        line: e.line,
        message: `「${e.text.slice(0, 30)}」を項目として読みましたが、確かではありません。違っていたら、取込画面で直してください。`,
      });
  return explain;
}

export function compilePlan(textIn: string, metaIn: PlanMeta = {}, file = 'input.txt'): CompileResult {
  // Text read from a PDF carries its pages as form feeds; the passes read it without them.
  const pages = typeof textIn === 'string' ? linePages(textIn) : null;
  const text = pages ? textIn.replace(/\f/g, '') : textIn;
  const bad = checkInput(text);
  if (bad) return { plan: null, errors: [bad], warnings: [] };
  const fm = withFrontMatter(text, metaIn);
  if (fm.outline) return compileOutline(fm.text, fm.meta, file, fm.skip, fm.vision);
  const { meta } = fm;
  const warnings: Diagnostic[] = [];
  const r = readBoth(fm.text, meta, warnings);
  const choice = rankTrees(r);
  const [best, second] = finishBoth(r, choice, warnings, { meta, file, pages });
  if (!best.plan) return { plan: null, errors: best.errors, warnings: best.warnings };
  const useHeadings = best.reading === r.assembly;
  const explain = explainChosen(r, best);
  const why =
    useHeadings !== choice.useHeadings
      ? `取込画面で選ばれた読み方です(読み取りのヒント reading に「${readingSummary(best.plan)}」として保存しています)`
      : choice.why;
  const tally = (headings: boolean) => describeTally(headings ? choice.tallies.headings : choice.tallies.families);
  const alternative: AlternativeReading | undefined = second?.plan
    ? { ...summaries(best.plan, second.plan), why, evidence: tally(!useHeadings), plan: second.plan }
    : undefined;
  return {
    plan: best.plan,
    errors: best.errors,
    warnings: best.warnings,
    explain,
    evidence: tally(useHeadings),
    ...(alternative ? { alternative } : {}),
  };
}
