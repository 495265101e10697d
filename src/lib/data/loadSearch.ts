import type { Plan } from '../plan/schema';
import type { PlanTree } from '../plan/hierarchy';
import type { Hit } from '../search/search';
import { buildIndex, docsOf, type SearchIndex } from '../search/searchIndex';
import { loadIndex, loadPlan } from './loadPlans';
import { loadReadings } from './loadReadings';

let all: Promise<{ index: SearchIndex; councils: Map<string, string> }> | null = null;

/** The cross-plan search index, built once from every listed plan, with the readings of their words. */
export function loadSearchIndex(): Promise<{ index: SearchIndex; councils: Map<string, string> }> {
  all ??= Promise.all([loadIndex(), loadReadings()]).then(async ([{ plans }, readings]) => {
    const loaded = await Promise.all(plans.map((p) => loadPlan(p.id)));
    return { index: buildIndex(loaded.flatMap((p) => docsOf(p, undefined, readings)), readings), councils: new Map(plans.map((p) => [p.id, p.council])) };
  });
  all.catch(() => (all = null));
  return all;
}

/** After an import or removal: the next search indexes the plans anew. */
export function invalidateSearch(): void {
  all = null;
}

/** The plan page's search (src/lib/search/planSearch.ts), loaded with the reading table on the first query. */
export async function loadPlanSearch(plan: Plan, tree: PlanTree): Promise<(query: string) => Hit[]> {
  const [m, readings] = await Promise.all([import('../search/planSearch'), loadReadings()]);
  return m.planSearch(plan, tree, readings);
}
