import { validateIndex, validatePlan, type Plan, type PlanIndex } from '../plan/schema';
import { listLocal } from './localPlans';
import { isHtmlAnswer } from './htmlAnswer';

/** A load failure with a message a resident can read. */
export class LoadError extends Error {}

export const NOT_FOUND = 'この計画は見つかりませんでした。';

async function getJson(url: string, fetcher: typeof fetch, notFound = NOT_FOUND): Promise<unknown> {
  let res: Response;
  let body: string;
  try {
    res = await fetcher(url);
    body = res.ok ? await res.text() : '';
  } catch {
    throw new LoadError('データを読み込めませんでした。通信状態を確かめて、もう一度お試しください。');
  }
  if (res.status === 404 || (res.ok && isHtmlAnswer(res.headers.get('content-type'), body)))
    throw new LoadError(notFound);
  if (!res.ok) throw new LoadError(`データを読み込めませんでした(${res.status})。`);
  try {
    return JSON.parse(body);
  } catch {
    throw new LoadError('計画データの形式が壊れています(JSON として読めません)。');
  }
}

const plans = new Map<string, Promise<Plan>>();
let index: Promise<PlanIndex> | null = null;

/**
 * Plans are served beside the app (relative URLs), so the site works from any sub-path; plans
 * imported in this browser are listed after them.
 */
export function loadIndex(fetcher: typeof fetch = fetch): Promise<PlanIndex> {
  index ??= getJson(
    'plans/index.json',
    fetcher,
    '計画の一覧(plans/index.json)が見つかりませんでした。サイトに dist/ のファイルがすべて置かれているか確かめてください。',
  ).then(async (x) => {
    const v = validateIndex(x);
    if (!v.ok) throw new LoadError(`計画一覧の形式が正しくありません: ${v.errors[0]}`);
    const local = listLocal().filter((p) => !v.value.plans.some((s) => s.id === p.id));
    // Counting an imported plan's items takes the hierarchy code: only fetched when there is one.
    const { summarize } = local.length ? await import('../plan/summarize') : { summarize: null };
    return {
      plans: [...v.value.plans, ...local.map((p) => ({ ...summarize!(p), imported: true }))],
      samples: v.value.samples ?? [],
    };
  });
  index.catch(() => (index = null));
  return index;
}

export function loadPlan(id: string, fetcher: typeof fetch = fetch): Promise<Plan> {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(id)) return Promise.reject(new LoadError(NOT_FOUND));
  const local = listLocal().find((p) => p.id === id);
  if (local) return Promise.resolve(local);
  let p = plans.get(id);
  if (!p) {
    p = getJson(`plans/${id}.json`, fetcher).then((x) => {
      const v = validatePlan(x);
      if (!v.ok) throw new LoadError(`計画データの形式が正しくありません: ${v.errors[0]}`);
      // For the benchmark: render time is measured from here, once the data is in hand.
      globalThis.performance?.mark?.('plan-loaded');
      return v.value;
    });
    plans.set(id, p);
    p.catch(() => plans.delete(id));
  }
  return p;
}

/** After an import: the next load lists the new plan (and the search index includes it). */
export function invalidatePlans(): void {
  index = null;
  plans.clear();
}
