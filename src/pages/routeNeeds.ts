import type { Route } from '../lib/state/parseRoute';
import { needsWith, pageModuleWith, ROUTES } from '../lib/state/routeTable';

/**
 * The pages loaded apart from the app, by route name: every page, the gallery too (its filter
 * and list at national scale would otherwise be in every shared link's first code).
 */
export type PageName = keyof typeof ROUTES;
export const PAGE_NAMES = Object.keys(ROUTES) as PageName[];

/** The module of a route's page, from the project's root (what the build and the boot script name). */
export const pageModule = (name: PageName) => pageModuleWith(ROUTES, name);

export interface RouteNeeds {
  /** The page whose code the route shows, or null for one that comes with the app. */
  page: PageName | null;
  /** Whether the route reads the list of plans (plans/index.json). */
  index: boolean;
  /** The plans the route shows, by id, as the link names them. */
  plans: string[];
}

/**
 * What a route needs from the network before its first view can show, from its row of the
 * route table. The one place both the boot script (which starts these requests beside the
 * app) and the app itself read.
 */
export function routeNeeds(route: Route): RouteNeeds {
  return needsWith(ROUTES, route) as RouteNeeds;
}
