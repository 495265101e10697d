/**
 * Last step of compiling: stable ids, 再掲 links, numbering-gap warnings, and the plain
 * schema objects (assembly fields dropped).
 */
import type { Diagnostic, Draft, PlanMeta } from './types';
import type { Actor, Plan, PlanNode, Section } from './schema';
import { themesFromChildren, themesOf } from './themes';
import { draftsInOrder } from './draft';

interface FinishContext {
  warn: (line: number, message: string) => void;
  errors: Diagnostic[];
  meta: PlanMeta;
  file: string;
  vision: string;
  visionSubtitle?: string;
  actors: Actor[];
  sections: Section[];
  hintsUsed: string[];
}

/**
 * Ids follow the plan's numbering (2-1-3), so links survive a recompile. An unnumbered node
 * takes its position; where numbered and unnumbered siblings mix, the unnumbered get an `x`
 * prefix so they cannot collide (an unnumbered 重点施策 is x1 beside 基本方針Ⅰ = 1).
 */
export function assignIds(node: Draft, prefix: string): void {
  // Parents before children (a node's id is set before its children's), without recursion.
  for (const d of draftsInOrder(node)) {
    const numbered = d.children.some((c) => c.parts.length);
    const used = new Set<string>();
    const own = d === node ? prefix : d.id;
    d.children.forEach((c, i) => {
      let seg = c.parts.length ? String(c.parts[c.parts.length - 1]) : `${numbered ? 'x' : ''}${i + 1}`;
      while (used.has(seg)) seg = `${seg}b`;
      used.add(seg);
      c.id = own ? `${own}-${seg}` : seg;
    });
  }
}

function toNode(d: Draft): PlanNode {
  const n: PlanNode = {
    id: d.id,
    level: d.level,
    code: d.code,
    title: d.title,
    description: d.description,
    tags: d.tags,
    children: [],
    line: d.line,
  };
  for (const k of ['subtitle', 'residents', 'notes', 'repeatOf', 'altTitle'] as const) {
    if (d[k] !== undefined) (n as unknown as Record<string, unknown>)[k] = d[k];
  }
  return n;
}

/**
 * The plain schema tree from the drafts in reading order: nodes made parents first, themes
 * filled children first (a heading that names no theme takes its items'). No recursion.
 */
function toNodes(all: Draft[]): PlanNode {
  const made = new Map<Draft, PlanNode>([[all[0], toNode(all[0])]]);
  for (const d of all) {
    const n = made.get(d)!;
    for (const c of d.children) {
      made.set(c, toNode(c));
      n.children.push(made.get(c)!);
    }
  }
  for (let i = all.length - 1; i > 0; i--) {
    const [d, n] = [all[i], made.get(all[i])!];
    n.themes = themesOf(`${d.title} ${d.subtitle ?? ''}`, d.description);
    if (!n.themes.length) n.themes = themesFromChildren(n.children);
  }
  return made.get(all[0])!;
}

/** Deeper than this, items are listed under their ancestor at this depth: no program or file format keeps any depth. */
export const MAX_DEPTH = 1000;

/** Lists every item deeper than MAX_DEPTH under its ancestor at that depth, and says so once for each such ancestor. */
function capDepth(root: Draft, warn: (line: number, message: string) => void): void {
  const todo: { d: Draft; depth: number }[] = [{ d: root, depth: 0 }];
  while (todo.length) {
    const { d, depth } = todo.pop()!;
    if (depth < MAX_DEPTH) {
      for (const c of d.children) todo.push({ d: c, depth: depth + 1 });
      continue;
    }
    const below = draftsInOrder(d).slice(1);
    const deeper = below.find((c) => c.children.length);
    if (!deeper) continue;
    warn(
      deeper.children[0].line,
      `階層が ${MAX_DEPTH} 段より深いため、それより深い項目は ${MAX_DEPTH} 段目の項目の下に並べました。`,
    );
    for (const c of below) [c.parent, c.children] = [d, []];
    d.children = below;
  }
}

/** Each node's previous sibling of the same numbering scheme, for every node in one pass. */
function previousOfScheme(all: Draft[]): Map<Draft, Draft> {
  const out = new Map<Draft, Draft>();
  for (const p of all) {
    const last = new Map<string | null, Draft>();
    for (const c of p.children) {
      const prev = last.get(c.scheme);
      if (prev) out.set(c, prev);
      last.set(c.scheme, c);
    }
  }
  return out;
}

/** An item without a name takes its code; a 再掲 item points at the item it repeats. */
function nameAndLinkRepeats(all: Draft[], warn: FinishContext['warn']): void {
  for (const d of all) {
    if (!d.title) {
      d.title = d.code || d.level;
      warn(d.line, `「${d.level}${d.code}」に名前がありません。`);
    }
    if (d.tags.includes('再掲')) {
      const orig = all.find((o) => o !== d && o.title === d.title && !o.tags.includes('再掲'));
      if (orig) d.repeatOf = orig.id;
      else warn(d.line, `再掲「${d.title}」の元の項目が見つかりません。`);
    }
  }
}

/**
 * Gaps: within siblings of one scheme the numbers go up by one; a scheme may also continue
 * across parents (①–⑤ under one goal, ⑥–⑩ under the next), so compare with the previous number of that scheme too.
 */
function warnNumberGaps(all: Draft[], warn: FinishContext['warn']): void {
  const lastOfScheme = new Map<string, number>();
  const before = previousOfScheme(all);
  for (const d of all) {
    if (!d.scheme || d.parts.length !== 1 || d.rank !== null) continue;
    const n = d.parts[0];
    const prev = lastOfScheme.get(d.scheme);
    const prevSibling = before.get(d)?.parts[0];
    const ok = n === 1 || n === (prevSibling ?? NaN) + 1 || n === (prev ?? NaN) + 1;
    if (!ok) warn(d.line, `番号が飛んでいます: ${d.code} の前は ${prevSibling ?? prev ?? 'なし'} です。`);
    lastOfScheme.set(d.scheme, n);
  }
}

/** The plan's id from its file's name when the meta gives none: letters, digits, - and _ only. */
function idFromFile(file: string): string {
  const fromFile = file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /[A-Za-z0-9]/.test(fromFile) ? fromFile : 'plan';
}

export function finishTree(root: Draft, ctx: FinishContext): Plan | null {
  const { warn, errors, meta, file } = ctx;
  if (!root.children.length) {
    errors.push({
      line: 1,
      message: `${file}: 計画の体系が見つかりません。どの行にも、計画の項目らしい番号や見出し(基本目標1、(1)－1、①、Ⅰ-1、1. など)、箇条書き、体系図の表がありませんでした。項目に番号を付けるか、「基本目標」などの見出しを書いてください。`,
    });
    return null;
  }
  capDepth(root, warn);
  assignIds(root, '');
  ctx.vision ||= meta.hints?.vision ?? '';
  root.title = ctx.vision || meta.title || '基本理念';
  const all = draftsInOrder(root);

  nameAndLinkRepeats(all, warn);
  warnNumberGaps(all, warn);
  if (!ctx.vision)
    warn(1, '基本理念が見つかりませんでした。「基本理念」と書いた行の次の行に基本理念を書くと、読み取れます。');
  const plan: Plan = {
    id: meta.id ?? idFromFile(file),
    council: meta.council ?? '',
    municipality: meta.municipality ?? '',
    prefecture: meta.prefecture ?? '',
    title: meta.title ?? '',
    period: meta.period ?? null,
    vision: ctx.vision,
    source: meta.source ?? file,
    root: toNodes(all),
  };
  if (ctx.visionSubtitle && ctx.vision) plan.visionSubtitle = ctx.visionSubtitle;
  if (ctx.actors.length) plan.actors = ctx.actors;
  const sections = ctx.sections.filter((s) => s.heading || s.text);
  if (sections.length) plan.sections = sections;
  if (ctx.hintsUsed.length) plan.hintsUsed = ctx.hintsUsed;
  return plan;
}
