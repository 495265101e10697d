import type { Route } from '../lib/state/parseRoute';

/**
 * The pages loaded apart from the app, by route name: every page, the gallery too (its filter
 * and list at national scale would otherwise be in every shared link's first code).
 */
export type PageName = 'gallery' | 'plan' | 'search' | 'compare' | 'present' | 'import';

export interface RouteNeeds {
  /** The page whose code the route shows, or null for one that comes with the app. */
  page: PageName | null;
  /** Whether the route reads the list of plans (plans/index.json). */
  index: boolean;
  /** The plans the route shows, by id, as the link names them. */
  plans: string[];
}

/**
 * What a route needs from the network before its first view can show. The one place both
 * the boot script (which starts these requests beside the app) and the app itself read.
 */
export function routeNeeds(route: Route): RouteNeeds {
  switch (route.name) {
    case 'gallery':
      return { page: 'gallery', index: true, plans: [] };
    case 'plan':
    case 'present':
      return { page: route.name, index: false, plans: [route.planId] };
    case 'compare':
      return { page: 'compare', index: true, plans: route.plans };
    case 'search':
    case 'import':
      return { page: route.name, index: false, plans: [] };
    case 'notFound':
      return { page: null, index: false, plans: [] };
  }
}
