/**
 * The authoring format: a plan written by hand as a Markdown outline. Depth comes from the
 * headings (## is the top level, ### below it …) and from list indentation under the deepest
 * heading; every line may carry a level word, a code, tags and, below it, description lines.
 *
 *   ## 基本目標 1 だれもがつながる地域 【重点】
 *   地域で孤立する人をなくします。          ← description of the line above
 *   ### 施策 1-1 見守りを広げる
 *   - 取組 声かけ活動 【新規】
 *     - 出前サロン                          ← two more spaces: a child
 */
import { cleanText, matchNumbering, takeMarkers } from './lex';
import { halfWidthAscii } from '../text/width';
import { LEVEL_WORDS } from './rules';
import type { CompileResult, Diagnostic, Draft, PlanMeta } from './types';
import { finishTree } from './finish';
import { validatePlan } from './schema';

const GENERIC_LEVEL = '項目';

interface OutlineState {
  root: Draft;
  stack: { depth: number; node: Draft }[];
  headingDepth: number;
  vision: string;
}

/** Depth and body of a heading or list line; null for any other line (already handled). */
function outlinePlace(
  st: OutlineState,
  raw: string,
  line: number,
  warn: (line: number, message: string) => void,
): { depth: number; body: string } | null {
  const h = raw.match(/^(#{1,6})\s+(.*)$/);
  const li = raw.match(/^(\s*)[-*+・]\s+(.*)$/);
  if (h && h[1].length === 1) {
    // "# 基本理念: …" (or a title line) sits above the hierarchy.
    const v = h[2].match(/^基本理念\s*[:：]\s*(.+)$/);
    if (v) st.vision = cleanText(v[1]);
    return null;
  }
  if (h) return ((st.headingDepth = h[1].length - 1), { depth: st.headingDepth, body: h[2] });
  if (li) return { depth: st.headingDepth + 1 + Math.floor(li[1].replace(/\t/g, '  ').length / 2), body: li[2] };
  const v = raw.trim().match(/^基本理念\s*[:：]\s*(.+)$/);
  if (v && !st.stack.length) return ((st.vision = cleanText(v[1])), null);
  const owner = st.stack[st.stack.length - 1]?.node;
  if (!owner)
    return (warn(line, `「${raw.trim().slice(0, 20)}」は最初の見出しより前にあるため、読み飛ばしました。`), null);
  const text = cleanText(raw.replace(/^>\s?/, ''));
  owner.description = owner.description ? `${owner.description}\n${text}` : text;
  return null;
}

/** A heading or list line becomes a node under the nearest shallower one. */
function outlineNode(
  st: OutlineState,
  depth: number,
  body: string,
  line: number,
  warn: (line: number, message: string) => void,
): void {
  const { text: rest0, tags } = takeMarkers(body);
  let rest = rest0;
  const generic = rest.match(/^(取組|施策|目標|項目)(?=[\s\d(（①-⑳])/);
  const lw = LEVEL_WORDS.find((l) => rest.startsWith(l.word)) ?? (generic ? { word: generic[1], rank: 0 } : null);
  if (lw) rest = rest.slice(lw.word.length).trimStart();
  const num = matchNumbering(halfWidthAscii(rest), true);
  const code = num ? rest.slice(0, num.length).trim() : '';
  if (num) rest = rest.slice(num.length).replace(/^[\s.．、:：]+/, '');
  const { stack } = st;
  while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
  const parent = stack[stack.length - 1]?.node ?? st.root;
  if (depth > (stack[stack.length - 1]?.depth ?? 0) + 1 && stack.length)
    warn(line, '字下げが 1 段より深いため、直前の項目の子にしました。');
  const siblingLevel = parent.children[parent.children.length - 1]?.level;
  const node: Draft = {
    id: '',
    level: lw?.word ?? siblingLevel ?? GENERIC_LEVEL,
    code,
    title: cleanText(rest),
    description: '',
    tags,
    children: [],
    line,
    rank: null,
    scheme: num?.rule.scheme ?? null,
    parts: num?.parts ?? [],
    path: [],
    parent,
  };
  if (!node.title) warn(line, '名前のない項目です。');
  parent.children.push(node);
  stack.push({ depth, node });
}

export function compileOutline(
  text: string,
  meta: PlanMeta,
  file: string,
  firstLine: number,
  vision: string | null,
): CompileResult {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const warn = (line: number, message: string) => warnings.push({ line, message });
  const root = {
    id: 'root',
    level: '基本理念',
    code: '',
    title: '',
    description: '',
    tags: [],
    children: [],
    line: 0,
    rank: null,
    scheme: null,
    parts: [],
    path: [],
    parent: null,
  } as Draft;
  const st: OutlineState = { root, stack: [], headingDepth: 0, vision: vision ?? '' };
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = firstLine + i + 1;
    if (!raw.trim()) return;
    const at = outlinePlace(st, raw, line, warn);
    if (at) outlineNode(st, at.depth, at.body, line, warn);
  });
  const visionText = st.vision;

  const plan = finishTree(root, {
    warn,
    errors,
    meta,
    file,
    vision: visionText,
    actors: [],
    sections: [],
    hintsUsed: ['形式: アウトライン(見出しと箇条書きの深さで階層を読みました)'],
  });
  if (!plan) return { plan: null, errors, warnings };
  const v = validatePlan(plan);
  if (!v.ok) return { plan: null, errors: [...errors, ...v.errors.map((message) => ({ line: 1, message }))], warnings };
  return { plan, errors, warnings };
}
