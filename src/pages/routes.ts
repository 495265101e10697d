import type { Route } from '../lib/state/parseRoute';
import { loadIndex, loadPlan } from '../lib/data/loadPlans';
import { diagramModule } from '../lib/components/diagramModule';

/** Each route's page, loaded with the route (the gallery ships with the app). */
export const pages = {
  plan: () => import('./PlanPage.svelte'),
  search: () => import('./SearchPage.svelte'),
  compare: () => import('./ComparePage.svelte'),
  present: () => import('./PresentPage.svelte'),
  import: () => import('./ImportPage.svelte'),
};

/**
 * Starts what the first route needs, at once and side by side: its page's code and its
 * plans. Called before the app mounts, so a shared link does not wait for the app, then
 * the page, then the plan, one after the other. The loaders cache, so the page reuses them.
 */
export function preload(route: Route): void {
  const quiet = (p: Promise<unknown>) => void p.catch(() => {}); // the page shows any failure itself
  switch (route.name) {
    case 'plan':
    case 'present':
      quiet(pages[route.name]());
      quiet(diagramModule());
      quiet(loadPlan(route.planId));
      break;
    case 'compare':
      quiet(pages.compare());
      quiet(diagramModule());
      // Only plans the site has: an unknown id in a link is the page's to explain, not a failed request.
      quiet(loadIndex().then(({ plans }) => route.plans.filter((id) => plans.some((p) => p.id === id)).forEach((id) => quiet(loadPlan(id)))));
      break;
    case 'search':
    case 'import':
      quiet(pages[route.name]());
      break;
  }
}
