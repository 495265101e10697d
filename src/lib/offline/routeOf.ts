/**
 * How the service worker answers a request (null: it does not, the browser fetches as usual):
 * - page: the app page of this version;
 * - planPage: a plan's own page (plan/<id>/), kept like data;
 * - asset: a built file under assets/, named after its contents (a copy of any version is right);
 * - shell: a file of the shell beside index.html, not named after its contents (this version's copy);
 * - library: pdf.js's CMaps and fonts (pdfjs/), kept once seen, for importing a PDF offline;
 * - data: plans, progress sheets, search files (the network first).
 */
export type RouteKind = 'page' | 'planPage' | 'asset' | 'shell' | 'library' | 'data';

/** Files beside index.html that the app shell needs (the hashed assets are under assets/). */
const SHELL_FILES = /^(favicon\.svg|manifest\.webmanifest|one-file\.html|icons\/[\w.-]+\.png)$/;
const DATA_FILES = /^(plans|search)\//;
/** A plan's own page, written by the build (plan/<id>/). */
const PLAN_PAGE = /^plan\/([A-Za-z0-9_-]{1,80})\/(index\.html)?$/;

/**
 * Sorts a request of a page in `scope`: the app page itself (index.html, whatever the hash or
 * query), the build's files, or data. Requests outside the scope or to another origin are left
 * alone: an embed host's files, or another copy of the site on the same origin.
 */
export function routeOf(url: string, scope: string, navigate: boolean): RouteKind | null {
  const u = new URL(url);
  const s = new URL(scope);
  if (u.origin !== s.origin || !u.pathname.startsWith(s.pathname)) return null;
  const rel = u.pathname.slice(s.pathname.length);
  if (navigate) return rel === '' || rel === 'index.html' ? 'page' : PLAN_PAGE.test(rel) ? 'planPage' : null;
  if (rel.startsWith('assets/')) return 'asset';
  if (SHELL_FILES.test(rel)) return 'shell';
  if (rel.startsWith('pdfjs/')) return 'library';
  if (DATA_FILES.test(rel)) return 'data';
  return null;
}

/** The id of a plan file (plans/<id>.json, not the list plans/index.json), or null. */
export function planIdOf(url: string, scope: string): string | null {
  const u = new URL(url);
  const s = new URL(scope);
  if (u.origin !== s.origin || !u.pathname.startsWith(s.pathname)) return null;
  const m = /^plans\/([A-Za-z0-9_-]{1,80})\.json$/.exec(u.pathname.slice(s.pathname.length));
  return m && m[1] !== 'index' ? m[1] : null;
}

/** The plan of a plan's own page (plan/<id>/), or null. */
export function planPageIdOf(url: string, scope: string): string | null {
  const u = new URL(url);
  const s = new URL(scope);
  if (u.origin !== s.origin || !u.pathname.startsWith(s.pathname)) return null;
  return PLAN_PAGE.exec(u.pathname.slice(s.pathname.length))?.[1] ?? null;
}
