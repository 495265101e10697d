import { formatWith, parseWith, ROUTES, type RoutesOf } from './routeTable';

export { VIEWS, type View, type CompareView } from './routeTable';

/** Every route of the app: one a row of the route table (routeTable.ts), and notFound. */
export type Route = RoutesOf<typeof ROUTES>;

/**
 * Reads a hash (`#/plan/kasama?view=tree&node=2-1`) into a route. Unknown parameters are
 * ignored; malformed values fall back to defaults rather than failing, so any link opens.
 */
export const parseRoute = (hash: string): Route => parseWith(ROUTES, hash);

/** The way to a plan's page as it first opens. */
export const planHref = (planId: string) => formatRoute({ name: 'plan', planId, view: null, node: null, q: '' });
/** The compare page with nothing chosen yet. */
export const compareHref = () =>
  formatRoute({ name: 'compare', plans: [], view: 'sunburst', sync: false, theme: null, focus: {} });

/** Writes a route back to a hash; the inverse of parseRoute for the parameters it knows. */
export const formatRoute = (r: Route): string => formatWith(ROUTES, r);
