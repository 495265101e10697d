/** Compares a compiled plan with the synthesized tree: every title, subtitle, count and the vision. */
import { normalizeTitle as norm } from './normalize';
import type { Plan, PlanNode } from '../schema';
import type { SynthNode, SynthPlan } from './index';

/** The first difference as a short Japanese phrase, or '' when the plan is faithful. */
function compareNodes(got: PlanNode[], want: SynthNode[], path: string): string {
  if (got.length !== want.length) return `${path || '上位'}の件数 ${got.length} ≠ ${want.length}`;
  for (let i = 0; i < want.length; i++) {
    const [g, w] = [got[i], want[i]];
    const at = `${path}${i + 1}`;
    if (norm(g.title) !== norm(w.title)) return `${at}: 「${g.title}」≠「${w.title}」`;
    if (norm(g.subtitle ?? '') !== norm(w.subtitle ?? ''))
      return `${at} 副題: 「${g.subtitle ?? ''}」≠「${w.subtitle ?? ''}」`;
    const below = compareNodes(g.children, w.children, `${at}-`);
    if (below) return below;
  }
  return '';
}

export function checkSynth(plan: Plan | null, s: SynthPlan): string {
  if (!plan) return '計画なし';
  if (norm(plan.vision ?? '') !== norm(s.vision ?? '')) return `理念: 「${plan.vision ?? ''}」≠「${s.vision ?? ''}」`;
  return compareNodes(plan.root.children, s.top, '');
}
