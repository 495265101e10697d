import { buildIndex, docsOf, type SearchIndex } from '../search/searchIndex';
import { loadIndex, loadPlan } from './loadPlans';


let all: Promise<{ index: SearchIndex; councils: Map<string, string> }> | null = null;

/** The cross-plan search index, built once from every listed plan. */
export function loadSearchIndex(): Promise<{ index: SearchIndex; councils: Map<string, string> }> {
  all ??= loadIndex().then(async ({ plans }) => {
    const loaded = await Promise.all(plans.map((p) => loadPlan(p.id)));
    return { index: buildIndex(loaded.flatMap((p) => docsOf(p))), councils: new Map(plans.map((p) => [p.id, p.council])) };
  });
  all.catch(() => (all = null));
  return all;
}

/** After an import or removal: the next search indexes the plans anew. */
export function invalidateSearch(): void {
  all = null;
}
