import type { Route } from '../lib/state/parseRoute';
import { loadIndex, loadPlan } from '../lib/data/loadPlans';
import type { Component } from 'svelte';
import { ROUTES } from '../lib/state/routeTable';
import { PAGE_NAMES, routeNeeds, type PageName } from './routeNeeds';
import { afterPaintModule } from '../lib/components/afterPaint';
import { diagramModule } from '../lib/components/diagram/diagramModule';

const pageModules = import.meta.glob<{ default: Component<Record<string, unknown>> }>('./*.svelte');

/**
 * Each route's page, loaded with the route (the boot script has already asked for it): the
 * module its row of the route table names.
 */
export const pages = Object.fromEntries(
  PAGE_NAMES.map((name) => [name, pageModules[`./${ROUTES[name].page}.svelte`]]),
) as Record<PageName, () => Promise<{ default: Component<Record<string, unknown>> }>>;

const panels = afterPaintModule(() => import('../lib/components/compare/ComparePanels.svelte'));

/**
 * The compare page's panels (each plan's breadcrumb, diagram and similar items): loaded after
 * the page's first paint, so its heading, plan picker and theme matrix show without waiting for
 * the plan page's code the panels share. The diagrams' code follows the same paint, beside them,
 * not after them.
 */
export function comparePanels() {
  void diagramModule().catch(() => {}); // a failure shows where the diagram would be
  return panels();
}

/**
 * Starts what the first route needs, at once and side by side: its page's code and its plans.
 * Called before the app mounts; in the built site the boot script (src/boot.ts) has already
 * asked for the same files, and these calls reuse its requests. The loaders cache, so the
 * page reuses them. The diagrams' code is not among them: it follows the page's first paint.
 */
export function preload(route: Route): void {
  const quiet = (p: Promise<unknown>) => void p.catch(() => {}); // the page shows any failure itself
  const needs = routeNeeds(route);
  if (needs.page) quiet(pages[needs.page]());
  if (needs.index) quiet(loadIndex());
  if (route.name === 'compare') {
    // Only plans the site has: an unknown id in a link is the page's to explain, not a failed request.
    quiet(
      loadIndex().then(({ plans }) =>
        needs.plans.filter((id) => plans.some((p) => p.id === id)).forEach((id) => quiet(loadPlan(id))),
      ),
    );
  } else needs.plans.forEach((id) => quiet(loadPlan(id)));
}
