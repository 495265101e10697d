/**
 * Compares a compiled plan with a hand-written expectation (the corpus's expect.json): counts
 * per level, top-level titles in order, the vision (and its subtitle kept out), aside items
 * kept out of the top level. Pure, so the corpus CLI and its test share it.
 */
import type { Plan, PlanNode } from '../lib/plan/schema';

export interface Expected {
  id: string;
  vision: string | null;
  visionSubtitle?: string;
  counts: number[];
  top: { code: string; title: string }[];
  aside?: { label: string; items: string[] }[];
}

export interface Score {
  faithful: boolean;
  counts: { expected: number[]; got: number[]; ok: boolean };
  topOk: boolean;
  visionOk: boolean;
  asideOk: boolean;
  firstMismatch: string;
}

import { normalizeTitle } from '../lib/plan/synth/normalize';

export { normalizeTitle };

function countsOf(root: PlanNode): number[] {
  const counts: number[] = [];
  const visit = (n: PlanNode, depth: number) => {
    if (depth > 0) counts[depth - 1] = (counts[depth - 1] ?? 0) + 1;
    n.children.forEach((c) => visit(c, depth + 1));
  };
  visit(root, 0);
  return counts;
}

/** Titles of the aside lists: `[{ label, items: string[] }]`. */
function asideTitles(aside: unknown): string[] {
  if (!Array.isArray(aside)) return [];
  return aside.flatMap((a) =>
    a && Array.isArray(a.items) ? a.items.filter((x: unknown): x is string => typeof x === 'string') : [],
  );
}

export function scorePlan(plan: Plan | null, exp: Expected): Score {
  const got = plan ? countsOf(plan.root) : [];
  const countsOk = got.join(',') === exp.counts.join(',');
  const tops = plan?.root.children.map((c) => normalizeTitle(c.title)) ?? [];
  const wanted = exp.top.map((t) => normalizeTitle(t.title));
  const topAt = wanted.findIndex((w, i) => tops[i] !== w);
  const topOk = topAt < 0 && tops.length === wanted.length;
  const vision = normalizeTitle(plan?.vision ?? '');
  const visionOk =
    exp.vision === null
      ? vision === ''
      : vision === normalizeTitle(exp.vision) &&
        !(exp.visionSubtitle && vision.includes(normalizeTitle(exp.visionSubtitle)));
  const aside = new Set(asideTitles(exp.aside).map(normalizeTitle));
  const asideOk = !tops.some((t) => aside.has(t));
  let firstMismatch = '';
  if (!plan) firstMismatch = '計画なし';
  else if (!visionOk) firstMismatch = `理念: 「${plan.vision}」≠「${exp.vision ?? ''}」`;
  else if (!topOk)
    firstMismatch = `上位 ${topAt < 0 ? tops.length + 1 : topAt + 1}: 「${plan.root.children[topAt < 0 ? wanted.length : topAt]?.title ?? '(なし)'}」≠「${exp.top[topAt < 0 ? tops.length : topAt]?.title ?? '(なし)'}」`;
  else if (!countsOk) firstMismatch = `件数 ${got.join('/')} ≠ ${exp.counts.join('/')}`;
  else if (!asideOk) firstMismatch = '並行リストが上位に混入';
  return {
    faithful: countsOk && topOk && visionOk && asideOk,
    counts: { expected: exp.counts, got, ok: countsOk },
    topOk,
    visionOk,
    asideOk,
    firstMismatch,
  };
}
