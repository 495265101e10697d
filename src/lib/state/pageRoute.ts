import { formatRoute, parseRoute, type Route } from './parseRoute';

/**
 * A plan's own page (plan/<id>/, written by the build) keeps the plan's state in a short hash,
 * `#view=tree&node=2-1`, the plan being the page's; a full route (`#/plan/<id>?…`, `#/`) works
 * there too. Elsewhere (index.html) hashes are routes as before.
 */

/** The plan whose page this is (`<html data-plan-page>`), or null on the app's index.html. */
export function pagePlanId(doc: Document | undefined = globalThis.document): string | null {
  return doc?.documentElement?.dataset.planPage || null;
}

/** The route of a hash on a page (planId: the page's plan, or null). */
export function pageRoute(hash: string, planId: string | null): Route {
  const raw = hash.replace(/^#/, '');
  if (!planId || raw.startsWith('/')) return parseRoute(hash);
  return parseRoute(`#/plan/${encodeURIComponent(planId)}?${raw.replace(/^\?/, '')}`);
}

/** The hash of a route on a page: the short form for the page's own plan, a full route otherwise. */
export function pageHash(route: Route, planId: string | null): string {
  const hash = formatRoute(route);
  if (!planId || route.name !== 'plan' || route.planId !== planId) return hash;
  const query = hash.split('?')[1] ?? '';
  return query ? `#${query}` : '';
}

/** The site's root (the folder of index.html), from any of its pages: a plan page's <base> is it. */
export function siteRoot(doc: Document = document): string {
  return new URL('./', pagePlanId(doc) ? doc.baseURI : doc.location.href.split('#')[0]).href;
}

/** The app page (index.html) a route is written after: the page itself, or the site's root from a plan page. */
export function appPage(doc: Document = document): string {
  return pagePlanId(doc) ? siteRoot(doc) : doc.location.href.split('#')[0];
}

/**
 * The address a plan's view is shared by: the plan's own page (plan/<id>/#view=…) when the site
 * has one for it (a published plan, in the built site), the app page's route otherwise.
 */
export function shareHref(route: Extract<Route, { name: 'plan' }>, hasPage: boolean, doc: Document = document): string {
  return hasPage
    ? `${siteRoot(doc)}plan/${encodeURIComponent(route.planId)}/${pageHash(route, route.planId)}`
    : `${appPage(doc)}${formatRoute(route)}`;
}
