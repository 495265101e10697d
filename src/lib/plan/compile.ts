/**
 * The plan compiler: plan text + metadata → Plan + an explanation per line, or errors with
 * line numbers. Pure (no I/O), total (never throws on any input), shared by the CLI and the
 * browser's import page.
 *
 * Passes: front matter → input checks → normalise → two readers over the same lines (the
 * heading reader for level words, compound codes and 体系図 tables; the family reader for
 * numbered, bulleted and inline lists) → choose by evidence → vision → finish and validate →
 * explain. The rules both readers apply are rows of the table in rules.ts.
 */
import { assembleHeadings } from './assemble';
import { compileOutline } from './compileOutline';
import { explainLines, marksFromTree } from './explainLines';
import { finishTree } from './finish';
import { dropEmptyChapters } from './dropEmptyChapters';
import { frontMatter } from './frontMatter';
import { linePages } from './linePages';
import { isPageFurniture, normalizeText, tabsForSpacedTables } from './normalizeText';
import { numberedLines } from './numberedLines';
import { readGeneral } from './readGeneral';
import { cleanText } from './lex';
import { draftsInOrder } from './draft';
import { starMarks } from './starMarks';
import { unplacedWarnings } from './unplacedWarnings';
import { LOW_CONFIDENCE, VISION_RE } from './rules';
import { validatePlan } from './schema';
import { walk } from './hierarchy';
import type { Assembly, CompileResult, Diagnostic, Draft, GeneralRead, PlanMeta } from './types';

export type { CompileResult, Diagnostic, LineExplanation, LineRole, PlanHints, PlanMeta } from './types';

const MAX_LINES = 20000;

/** Empty or binary input: an error naming the line, or null when the text can be read. */
function checkInput(text: unknown): Diagnostic | null {
  if (typeof text !== 'string' || text.trim() === '') return { line: 1, message: 'ファイルが空です。計画の本文(テキスト)を入れてください。' };
  const nul = text.indexOf('\u0000');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (nul >= 0 || bad > text.length / 20) {
    const line = nul >= 0 ? text.slice(0, nul).split('\n').length : 1;
    return { line, message: 'テキストではなくバイナリのようです(文字化けか NUL 文字)。PDF から取り出したテキストを使ってください。' };
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
  return new Set(draftsInOrder(root).slice(1).filter((d) => numbered.has(d.line)).map((d) => d.line));
}

const hierarchyTitles = (d: Draft): string[] => draftsInOrder(d).slice(1).map((c) => c.title);

/** Both readers found the same top items: the heading reader's tree is the richer one (codes, nesting). */
const sameTop = (a: Draft, b: Draft) => a.children.map((c) => c.title).join('\n') === b.children.map((c) => c.title).join('\n');

/** Lines as the heading reader takes them: normalised, one per source line. */
function headingLines(text: string): string[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const norm = normalizeText(text);
  const lines = norm.length === raw.length ? norm.map((l) => l.text) : raw;
  return tabsForSpacedTables(lines);
}

function withFrontMatter(text: string, metaIn: PlanMeta): { text: string; meta: PlanMeta; outline: boolean; skip: number; vision: string | null } {
  const fm = frontMatter(text);
  const meta: PlanMeta = { ...fm.meta, ...metaIn, hints: { ...metaIn.hints } };
  if (fm.vision && !meta.hints!.vision) meta.hints!.vision = fm.vision;
  if (!fm.lines) return { text, meta, outline: false, skip: 0, vision: fm.vision };
  const lines = text.split(/\r\n|\r|\n/);
  if (fm.format === 'outline') return { text: lines.slice(fm.lines).join('\n'), meta, outline: true, skip: fm.lines, vision: fm.vision };
  return { text: [...lines.slice(0, fm.lines).map(() => ''), ...lines.slice(fm.lines)].join('\n'), meta, outline: false, skip: fm.lines, vision: fm.vision };
}

/** The family reader's result in the shape the finishing pass takes. */
function fromGeneral(g: GeneralRead): Assembly {
  return { root: g.root, vision: g.vision?.text ?? '', actors: [], sections: g.sections, hintsUsed: [] };
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
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  let lines = headingLines(fm.text);
  if (lines.length > MAX_LINES) {
    warnings.push({ line: MAX_LINES, message: `${lines.length} 行のうち最初の ${MAX_LINES} 行だけを読みました。` });
    lines = lines.slice(0, MAX_LINES);
  }
  const general: GeneralRead = readGeneral(lines.join('\n'), meta.hints?.levelWords);
  const headingWarnings: Diagnostic[] = [];
  const slogan = general.vision?.rule === 'vision.before-subtitle' ? general.lines[general.vision.lines[0]].line : 0;
  const assembly = assembleHeadings(lines.map((l) => (isPageFurniture(l) ? '' : l)), meta, headingWarnings, slogan);
  // Trust and sameness are judged on the tree as read; dropping empty chapters only helps it win on placed numbers.
  const [trusted, same] = [headingsTrusted(assembly), sameTop(assembly.root, general.root)];
  if (assembly.root.children.some((d) => d.scheme !== 'chapter' || d.children.length)) assembly.sections.push(...dropEmptyChapters(assembly.root));
  const numbered = numberedLines(general.lines);
  const keys = new Set(numbered.keys());
  const [byHeadings, byFamilies] = [placedLines(assembly.root, keys).size, placedLines(general.root, keys).size];
  // The tree that places more of the numbered lines wins; on a tie, the heading reader when its top level is the text's own.
  const useHeadings = !general.root.children.length || same || byHeadings > byFamilies || (byHeadings === byFamilies && trusted);
  const chosen = useHeadings ? assembly : fromGeneral(general);
  warnings.push(...(useHeadings ? headingWarnings : general.warnings));
  // A numbered line restating an item placed elsewhere (a summary list, then the detail) is that item.
  const titles = new Set(hierarchyTitles(chosen.root));
  const placed = new Set([...placedLines(chosen.root, keys), ...[...numbered].filter(([, l]) => titles.has(cleanText(l.title))).map(([n]) => n)]);
  const texts = new Map([...numbered].map(([n, l]) => [n, l.text]));
  warnings.push(...unplacedWarnings(texts, placed, chosen.vision, new Set(warnings.map((w) => w.line))));
  // The heading reader keeps a ～subtitle～ with its vision (as its own vision reader does).
  const found = general.vision;
  if (!chosen.vision && !meta.hints?.vision && found) chosen.vision = useHeadings && found.subtitleLine ? `${found.text} ${found.subtitleLine}` : found.text;
  // The same vision read by both: keep the spaces the author wrote between its phrases (vision.spacing).
  const bare = (s: string) => s.replace(/[\s\u3000]/g, '');
  if (found && !meta.hints?.vision && found.text !== chosen.vision && bare(found.text) === bare(chosen.vision)) chosen.vision = found.text;
  const warn = (line: number, message: string) => warnings.push({ line, message });
  starMarks(chosen.root, lines);
  const plan = finishTree(chosen.root, { warn, errors, meta, file, ...chosen });
  if (!plan) return { plan: null, errors, warnings };
  if (pages) walk(plan.root, (n) => {
    if (n.line > 0) n.page = pages[n.line - 1];
  });
  const v = validatePlan(plan);
  if (!v.ok) return { plan: null, errors: [...errors, ...v.errors.map((message) => ({ line: 1, message }))], warnings };
  const labelled = lines.some((l) => VISION_RE.test(l.trim()));
  const visionRule = meta.hints?.vision ? 'vision.hint' : !labelled && general.vision ? general.vision.rule : 'vision.label';
  const explain = explainLines(lines, useHeadings ? marksFromTree(chosen.root, lines, chosen.vision, chosen.actors, visionRule) : null, general);
  for (const e of explain) if (e.confidence < LOW_CONFIDENCE && e.role === 'item') warn(e.line, `「${e.text.slice(0, 30)}」を項目として読みましたが、確かではありません。違っていたら、取込画面で直してください。`);
  return { plan, errors, warnings, explain };
}
