/**
 * The plan compiler: plan text + metadata → Plan + an explanation per line, or errors with
 * line numbers. Pure (no I/O), total (never throws on any input), shared by the CLI and the
 * browser's import page.
 *
 * Passes: front matter → input checks → normalise → the tree builder (build.ts: one analysis
 * per line, the evidence the rules propose, the vision read once, candidate trees ranked by the
 * evidence each honours) → finish and validate → explain from the decisions recorded while
 * reading. When the runner-up tree is close and differs, it is returned as `alternative`
 * (「別の読み方」). The rules are rows of the table in rules.ts.
 */
import { buildTrees, placedLines, rankTrees, type Built, type Candidate, type Ranking } from './build';
import { compileOutline } from './compileOutline';
import { explainLines } from './explainLines';
import { finishTree } from './finish';
import { frontMatter } from './frontMatter';
import { linePages } from './linePages';
import { normalizeText, tabsForSpacedTables } from './normalizeText';
import { cleanText } from './lex';
import { draftsInOrder } from './draft';
import { starMarks } from './starMarks';
import { unplacedWarnings } from './unplacedWarnings';
import { LOW_CONFIDENCE } from './rules';
import { validatePlan } from './schema';
import { walk } from './hierarchy';
import { describeTally } from './weigh';
import { countByLevel } from './countByLevel';
import type {
  AlternativeReading,
  Assembly,
  CompileResult,
  Diagnostic,
  Draft,
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

const hierarchyTitles = (d: Draft): string[] =>
  draftsInOrder(d)
    .slice(1)
    .map((c) => c.title);

/** Lines as the placement loop takes them: normalised, one per source line. */
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

/** Source lines as the placement loop takes them: normalised, at most MAX_LINES. */
function sourceLines(text: string, warnings: Diagnostic[]): string[] {
  const lines = headingLines(text);
  if (lines.length <= MAX_LINES) return lines;
  warnings.push({ line: MAX_LINES, message: `${lines.length} 行のうち最初の ${MAX_LINES} 行だけを読みました。` });
  return lines.slice(0, MAX_LINES);
}

/** A reading made into a plan: unplaced numbered lines warned, the vision filled in, finished and validated. */
function finishReading(
  r: Built,
  chosen: Assembly,
  warnings: Diagnostic[],
  ctx: { meta: PlanMeta; file: string; pages: number[] | null },
): { plan: Plan | null; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const { meta } = ctx;
  // A numbered line restating an item placed elsewhere (a summary list, then the detail) is that item.
  const { numbered } = r.evidence;
  const titles = new Set(hierarchyTitles(chosen.root));
  const placed = new Set([
    ...placedLines(chosen.root, new Set(numbered.keys())),
    ...[...numbered].filter(([, l]) => titles.has(cleanText(l.title))).map(([n]) => n),
  ]);
  const texts = new Map([...numbered].map(([n, l]) => [n, l.text]));
  warnings.push(...unplacedWarnings(texts, placed, chosen.vision, new Set(warnings.map((w) => w.line))));
  const found = r.vision;
  if (found?.rule === 'vision.hint' && found.lines.length)
    chosen.hintsUsed.push(
      `hints.vision: ${r.model[found.lines[0]].line} 行目「${found.text}」を基本理念として読みました`,
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
type Finished = { plan: Plan | null; errors: Diagnostic[]; warnings: Diagnostic[]; candidate: Candidate };

/** The loser is finished too when it may be offered (close evidence) or when the person picked it (hints.reading). */
const mayOffer = (c: Ranking, meta: PlanMeta) => !!meta.hints?.reading || c.close;

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
function finishBoth(r: Built, c: Ranking, warnings: Diagnostic[], ctx: Ctx): [Finished, Finished | null] {
  const finish = (k: Candidate, base: Diagnostic[]): Finished => {
    const w = [...base, ...k.warnings];
    return { ...finishReading(r, k.reading, w, ctx), warnings: w, candidate: k };
  };
  const [first, runnerUp] = c.order;
  const best = finish(first, warnings);
  const other = runnerUp.reading.root.children.length && mayOffer(c, ctx.meta) ? finish(runnerUp, warnings) : null;
  if (!other?.plan || !best.plan) return [best, null];
  if (readingSummary(other.plan) === readingSummary(best.plan) && sameTopNodes(other.plan, best.plan))
    return [best, null];
  return ctx.meta.hints?.reading === readingSummary(other.plan) ? [other, best] : [best, other];
}

function explainChosen(f: Finished): LineExplanation[] {
  const explain = explainLines(f.candidate.recorded());
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
  const built = buildTrees(sourceLines(fm.text, warnings), meta);
  const ranking = rankTrees(built);
  const [best, second] = finishBoth(built, ranking, warnings, { meta, file, pages });
  if (!best.plan) return { plan: null, errors: best.errors, warnings: best.warnings };
  const explain = explainChosen(best);
  const why =
    best.candidate !== ranking.order[0]
      ? `取込画面で選ばれた読み方です(読み取りのヒント reading に「${readingSummary(best.plan)}」として保存しています)`
      : ranking.why;
  const alternative: AlternativeReading | undefined = second?.plan
    ? { ...summaries(best.plan, second.plan), why, evidence: describeTally(second.candidate.tally), plan: second.plan }
    : undefined;
  return {
    plan: best.plan,
    errors: best.errors,
    warnings: best.warnings,
    explain,
    evidence: describeTally(best.candidate.tally),
    ...(alternative ? { alternative } : {}),
  };
}

/**
 * Every candidate reading of a text, finished, beside the text as read (its evidence and
 * candidates, ranked once): for tools that weigh the ranking (`npm run corpus -- --synth N
 * --tune`), not for the app.
 */
export function allReadings(text: string, meta: PlanMeta = {}): { built: Built; plans: Map<string, Plan | null> } {
  const warnings: Diagnostic[] = [];
  const built = buildTrees(sourceLines(text, warnings), meta);
  rankTrees(built);
  const ctx = { meta, file: 'input.txt', pages: null };
  return {
    built,
    plans: new Map(built.candidates.map((c) => [c.way, finishReading(built, c.reading, [...warnings], ctx).plan])),
  };
}
