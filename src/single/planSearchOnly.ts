/**
 * In the one-file copy, in place of src/lib/data/loadSearch.ts: only the plan page's search
 * (the copy has one plan; the site-wide index and its reader stay out of the file).
 */
import type { Plan } from '../lib/plan/schema';
import type { PlanTree } from '../lib/plan/hierarchy';
import type { Hit } from '../lib/search/search';
import { loadReadings } from '../lib/data/loadReadings';
import { planSearch } from '../lib/search/planSearch';

export async function loadPlanSearch(plan: Plan, tree: PlanTree): Promise<(query: string) => Hit[]> {
  return planSearch(plan, tree, await loadReadings());
}
