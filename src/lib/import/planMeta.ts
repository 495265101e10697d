/**
 * The plan information typed on the import page (団体名, 計画期間, hints …) as compiler metadata,
 * and the checks before a plan is saved in this browser. Pure.
 */
import type { PlanMeta } from '../plan/compile';
import { parsePeriod } from '../plan/frontMatter';
import type { Plan } from '../plan/schema';
import type { DraftForm } from '../data/drafts';

export type Hints = { ok: true; value: PlanMeta['hints'] } | { ok: false; error: string };

/** The hints field (JSON), or why it cannot be read. */
export function hintsOf(text: string): Hints {
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as PlanMeta['hints'] };
  } catch (e) {
    return { ok: false, error: `ヒントが JSON として読めません: ${(e as Error).message}` };
  }
}

const TEXT_FIELDS = ['id', 'council', 'municipality', 'prefecture', 'title'] as const;

/** The fields filled in, as metadata: empty ones are left to the text. */
export function metaOf(form: DraftForm, hints: Hints): PlanMeta {
  const meta: PlanMeta = Object.fromEntries(TEXT_FIELDS.filter((k) => form[k].trim()).map((k) => [k, form[k]]));
  if (form.period.trim()) meta.period = parsePeriod(form.period);
  if (hints.ok && hints.value) meta.hints = hints.value;
  return meta;
}

/** Why a plan cannot be saved under its id ('' when it can). */
export function idProblem(plan: Plan | null, published: readonly string[]): string {
  if (!plan) return '';
  if (!/^[A-Za-z0-9_-]+$/.test(plan.id)) return 'id は半角英数字と - _ だけにしてください';
  return published.includes(plan.id) ? `id「${plan.id}」は公開中の計画と同じです。別の id にしてください` : '';
}

/**
 * A plan whose id is written nowhere (not in the form, the front matter or an ASCII file name)
 * gets the compiler's fallback 'plan'; saved, it takes one from its draft instead, so two such
 * plans kept in this browser never ask to overwrite each other.
 */
const FALLBACK_ID = 'plan';

export function planToKeep(plan: Plan | null, form: DraftForm, draftKey: string): Plan | null {
  return plan && plan.id === FALLBACK_ID && !form.id.trim()
    ? { ...plan, id: `plan-${draftKey.replace(/^d/, '')}` }
    : plan;
}
