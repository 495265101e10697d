/**
 * Last step of compiling: stable ids, 再掲 links, numbering-gap warnings, and the plain
 * schema objects (assembly fields dropped).
 */
import type { Diagnostic, Draft, PlanMeta } from './types';
import type { Actor, Plan, PlanNode, Section } from './schema';
import { themesFromChildren, themesOf } from './themes';

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
  const numbered = node.children.some((c) => c.parts.length);
  const used = new Set<string>();
  node.children.forEach((c, i) => {
    let seg = c.parts.length ? String(c.parts[c.parts.length - 1]) : `${numbered ? 'x' : ''}${i + 1}`;
    while (used.has(seg)) seg = `${seg}b`;
    used.add(seg);
    c.id = prefix ? `${prefix}-${seg}` : seg;
    assignIds(c, c.id);
  });
}

function toNode(d: Draft): PlanNode {
  const n: PlanNode = {
    id: d.id, level: d.level, code: d.code, title: d.title, description: d.description,
    tags: d.tags, children: d.children.map(toNode), line: d.line,
  };
  for (const k of ['subtitle', 'residents', 'notes', 'repeatOf', 'altTitle'] as const) {
    if (d[k] !== undefined) (n as unknown as Record<string, unknown>)[k] = d[k];
  }
  if (d.id !== 'root') {
    n.themes = themesOf(`${d.title} ${d.subtitle ?? ''}`, d.description);
    if (!n.themes.length) n.themes = themesFromChildren(n.children);
  }
  return n;
}

function eachDraft(d: Draft, f: (d: Draft) => void): void {
  f(d);
  d.children.forEach((c) => eachDraft(c, f));
}

export function finishTree(root: Draft, ctx: FinishContext): Plan | null {
  const { warn, errors, meta, file } = ctx;
  if (!root.children.length) {
    errors.push({ line: 1, message: `${file}: 計画の体系が見つかりません。どの行にも、計画の項目らしい番号や見出し(基本目標1、(1)－1、①、Ⅰ-1、1. など)、箇条書き、体系図の表がありませんでした。項目に番号を付けるか、「基本目標」などの見出しを書いてください。` });
    return null;
  }
  assignIds(root, '');
  ctx.vision ||= meta.hints?.vision ?? '';
  root.title = ctx.vision || meta.title || '基本理念';
  const all: Draft[] = [];
  eachDraft(root, (d) => all.push(d));

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

  // Gaps: within siblings of one scheme the numbers go up by one; a scheme may also continue
  // across parents (①–⑤ under one goal, ⑥–⑩ under the next), so compare with the previous number of that scheme too.
  const lastOfScheme = new Map<string, number>();
  for (const d of all) {
    if (!d.scheme || d.parts.length !== 1 || d.rank !== null) continue;
    const n = d.parts[0];
    const prev = lastOfScheme.get(d.scheme);
    const siblings = d.parent?.children.filter((c) => c.scheme === d.scheme) ?? [];
    const idx = siblings.indexOf(d);
    const prevSibling = idx > 0 ? siblings[idx - 1].parts[0] : undefined;
    const ok = n === 1 || n === (prevSibling ?? NaN) + 1 || n === (prev ?? NaN) + 1;
    if (!ok) warn(d.line, `番号が飛んでいます: ${d.code} の前は ${prevSibling ?? prev ?? 'なし'} です。`);
    lastOfScheme.set(d.scheme, n);
  }

  const fromFile = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const id = meta.id ?? (/[A-Za-z0-9]/.test(fromFile) ? fromFile : 'plan');
  if (!ctx.vision) warn(1, '基本理念が見つかりませんでした。「基本理念」と書いた行の次の行に基本理念を書くと、読み取れます。');
  const plan: Plan = {
    id,
    council: meta.council ?? '',
    municipality: meta.municipality ?? '',
    prefecture: meta.prefecture ?? '',
    title: meta.title ?? '',
    period: meta.period ?? null,
    vision: ctx.vision,
    source: meta.source ?? file,
    root: toNode(root),
  };
  if (ctx.visionSubtitle && ctx.vision) plan.visionSubtitle = ctx.visionSubtitle;
  if (ctx.actors.length) plan.actors = ctx.actors;
  const sections = ctx.sections.filter((s) => s.heading || s.text);
  if (sections.length) plan.sections = sections;
  if (ctx.hintsUsed.length) plan.hintsUsed = ctx.hintsUsed;
  return plan;
}
