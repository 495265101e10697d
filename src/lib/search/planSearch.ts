import type { Plan } from '../plan/schema';
import type { PlanTree } from '../plan/hierarchy';
import type { Readings } from '../text/readings';
import { buildIndex, docsOf, type SearchIndex } from './searchIndex';
import { search, type Hit } from './search';

/** Most hits a plan page shows and highlights. */
const MAX_HITS = 2000;

/**
 * Search within one plan; its index is built on the first query, not on load (most visits never
 * search). `readings` is the shipped reading table (src/lib/data/loadReadings.ts), loaded with
 * this module on the first query.
 */
export function planSearch(plan: Plan, tree: PlanTree, readings?: Readings): (query: string) => Hit[] {
  let index: SearchIndex | null = null;
  return (query) => search((index ??= buildIndex(docsOf(plan, tree, readings), readings)), query, MAX_HITS).hits;
}
