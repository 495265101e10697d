import { MAX_PICKS } from './compareLimit';

export type View = 'sunburst' | 'tree' | 'outline';
export const VIEWS: readonly View[] = ['sunburst', 'tree', 'outline'];
export type CompareView = 'sunburst' | 'tree';

/** The longest query, prefecture and node id a link may carry (longer ones are cut). */
const MAX_QUERY = 200;
const MAX_PREF = 20;
const MAX_NODE = 80;
/** The most search results a link may ask to show (さらに表示). */
const MAX_SHOWN = 5000;

/** What the app around a page knows that the route does not (the window's width). */
export interface AppContext {
  narrow: boolean;
}

/**
 * One route: how its address reads and writes, the page that shows it, and what its first
 * view needs from the network. The app, the boot script and the build read all of it from here.
 */
export interface RouteRow<R extends { name: string }> {
  /** The page's component: its file in src/pages/, without `.svelte`. */
  page: string;
  /** The route, if the address's path segments and parameters are this route's. */
  match(segs: readonly string[], params: URLSearchParams): R | null;
  format(route: R): string;
  /** Whether its first view reads the list of plans, and the plans it shows, by id. */
  needs(route: R): { index: boolean; plans: string[] };
  /** The page's props. */
  props(route: R, app: AppContext): Record<string, unknown>;
}

/** A row, its route's type written once (the type parameter) and inferred everywhere else. */
export const row = <R extends { name: string }>(r: RouteRow<R>): RouteRow<R> => r;

const text = (params: URLSearchParams, key: string, max: number) => (params.get(key) ?? '').slice(0, max);
const query = (p: URLSearchParams) => {
  const qs = p.toString();
  return qs ? `?${qs}` : '';
};
const setIf = (p: URLSearchParams, key: string, value: string | number | null | undefined | boolean) => {
  if (value) p.set(key, value === true ? '1' : String(value));
};
const embedOf = (params: URLSearchParams) => (params.get('embed') === '1' ? { embed: true as const } : {});
const noNeeds = () => ({ index: false, plans: [] });

function compareFocus(params: URLSearchParams): Record<string, string> {
  const focus: Record<string, string> = {};
  for (const pair of (params.get('focus') ?? '').split(',')) {
    const [plan, node] = pair.split(':');
    if (plan && node) focus[plan] = node.slice(0, MAX_NODE);
  }
  return focus;
}

type CompareRoute = {
  name: 'compare';
  plans: string[];
  view: CompareView;
  sync: boolean;
  theme: string | null;
  focus: Record<string, string>;
  embed?: boolean;
  repeated?: string[];
};

function matchCompare(params: URLSearchParams): CompareRoute {
  const asked = (params.get('plans') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  // A plan named twice is compared once; the page says which were dropped.
  const repeated = [...new Set(asked.filter((p, i) => asked.indexOf(p) !== i))];
  return {
    name: 'compare',
    plans: [...new Set(asked)].slice(0, MAX_PICKS),
    ...(repeated.length ? { repeated } : {}),
    view: params.get('view') === 'tree' ? 'tree' : 'sunburst',
    sync: params.get('sync') === '1',
    theme: params.get('theme') || null,
    focus: compareFocus(params),
    ...embedOf(params),
  };
}

function formatCompare(r: CompareRoute): string {
  const p = new URLSearchParams(r.plans.length ? { plans: r.plans.join(',') } : {});
  if (r.view !== 'sunburst') p.set('view', r.view);
  setIf(p, 'sync', r.sync);
  setIf(p, 'theme', r.theme);
  setIf(
    p,
    'focus',
    Object.entries(r.focus)
      .map(([k, v]) => `${k}:${v}`)
      .join(','),
  );
  setIf(p, 'embed', r.embed);
  return `#/compare${query(p).replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

/**
 * Every route of the app, in the order addresses are tried (a presentation before a plan:
 * `#/plan/<id>?present=1` is one). Adding a route is adding a row; `notFound` is what no row
 * matches and is not a row.
 */
export const ROUTES = {
  gallery: row<{ name: 'gallery'; q?: string; pref?: string }>({
    page: 'Gallery',
    // The gallery's filter (words, prefecture) is in the address, so a filtered list can be shared and survives a reload.
    match: (segs, params) => {
      if (segs.length) return null;
      const [q, pref] = [text(params, 'q', MAX_QUERY), text(params, 'pref', MAX_PREF)];
      return { name: 'gallery', ...(q ? { q } : {}), ...(pref ? { pref } : {}) };
    },
    format: (r) => {
      const p = new URLSearchParams();
      setIf(p, 'pref', r.pref);
      setIf(p, 'q', r.q);
      return `#/${query(p)}`;
    },
    needs: () => ({ index: true, plans: [] }),
    props: () => ({}),
  }),
  present: row<{ name: 'present'; planId: string; node: string | null; speaker: boolean }>({
    page: 'PresentPage',
    match: (segs, params) =>
      segs.length === 2 && (segs[0] === 'present' || (segs[0] === 'plan' && params.get('present') === '1'))
        ? {
            name: 'present',
            planId: segs[1],
            node: text(params, 'node', MAX_NODE) || null,
            speaker: params.get('speaker') === '1',
          }
        : null,
    format: (r) => {
      const p = new URLSearchParams();
      setIf(p, 'node', r.node);
      setIf(p, 'speaker', r.speaker);
      return `#/present/${encodeURIComponent(r.planId)}${query(p)}`;
    },
    needs: (r) => ({ index: false, plans: [r.planId] }),
    props: (r) => ({ planId: r.planId }),
  }),
  plan: row<{
    name: 'plan';
    planId: string;
    view: View | null;
    node: string | null;
    q: string;
    embed?: boolean;
    progress?: number;
  }>({
    page: 'PlanPage',
    match: (segs, params) => {
      if (segs.length !== 2 || segs[0] !== 'plan') return null;
      const v = params.get('view') as View;
      const year = params.get('progress') ?? '';
      const progress = /^\d{4}$/.test(year) ? { progress: Number(year) } : {};
      return {
        name: 'plan',
        planId: segs[1],
        view: VIEWS.includes(v) ? v : null,
        node: text(params, 'node', MAX_NODE) || null,
        q: text(params, 'q', MAX_QUERY),
        ...progress,
        ...embedOf(params),
      };
    },
    format: (r) => {
      const p = new URLSearchParams();
      setIf(p, 'view', r.view);
      setIf(p, 'node', r.node);
      setIf(p, 'q', r.q);
      setIf(p, 'progress', r.progress);
      setIf(p, 'embed', r.embed);
      return `#/plan/${encodeURIComponent(r.planId)}${query(p)}`;
    },
    needs: (r) => ({ index: false, plans: [r.planId] }),
    props: (r, app) => ({ planId: r.planId, narrow: app.narrow, embed: r.embed === true }),
  }),
  compare: row<CompareRoute>({
    page: 'ComparePage',
    match: (segs, params) => (segs.length === 1 && segs[0] === 'compare' ? matchCompare(params) : null),
    format: formatCompare,
    // The list, to name plans the site does not have; each plan once.
    needs: (r) => ({ index: true, plans: r.plans }),
    props: () => ({}),
  }),
  import: row<{ name: 'import' }>({
    page: 'ImportPage',
    match: (segs) => (segs.length === 1 && segs[0] === 'import' ? { name: 'import' } : null),
    format: () => '#/import',
    needs: noNeeds,
    props: () => ({}),
  }),
  search: row<{
    name: 'search';
    q: string;
    /** Results shown after さらに表示, kept for Back and reload. */ shown?: number;
  }>({
    page: 'SearchPage',
    match: (segs, params) => {
      if (segs.length !== 1 || segs[0] !== 'search') return null;
      const shown = Number(params.get('n'));
      return {
        name: 'search',
        q: text(params, 'q', MAX_QUERY),
        ...(Number.isInteger(shown) && shown > 0 && shown <= MAX_SHOWN ? { shown } : {}),
      };
    },
    format: (r) =>
      r.q ? `#/search?${new URLSearchParams({ q: r.q, ...(r.shown ? { n: String(r.shown) } : {}) })}` : '#/search',
    needs: noNeeds,
    props: (r) => ({ q: r.q, shown: r.shown }),
  }),
};

/** The route of an address no row matches. */
export type NotFound = { name: 'notFound'; path: string };
type RouteOf<T> = T extends RouteRow<infer R> ? R : never;
/** Routes by the table's rows. */
export type RoutesOf<Table> = { [K in keyof Table]: RouteOf<Table[K]> }[keyof Table] | NotFound;

/** A table of rows, as a test may extend ROUTES. */
export type RouteTable = Record<string, RouteRow<{ name: string }>>;

/** Reads a hash into a route of `table`; see parseRoute. */
export function parseWith<T extends RouteTable>(table: T, hash: string): RoutesOf<T> {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?', 2);
  const params = new URLSearchParams(search);
  const segs = path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  for (const r of Object.values(table)) {
    const route = r.match(segs, params);
    if (route) return route as RoutesOf<T>;
  }
  return { name: 'notFound', path: raw };
}

/** Writes a route of `table` back to a hash; see formatRoute. */
export function formatWith<T extends RouteTable>(table: T, route: RoutesOf<T>): string {
  if (route.name === 'notFound') return `#${(route as NotFound).path}`;
  return table[route.name].format(route);
}

/** What a route of `table` needs, by its row; see routeNeeds. */
export function needsWith<T extends RouteTable>(
  table: T,
  route: RoutesOf<T>,
): { page: (keyof T & string) | null; index: boolean; plans: string[] } {
  if (route.name === 'notFound') return { page: null, index: false, plans: [] };
  return { page: route.name, ...table[route.name].needs(route) };
}

/** The module of a route's page, from the project's root (what the build and the boot script name). */
export const pageModuleWith = <T extends RouteTable>(table: T, name: keyof T) => `src/pages/${table[name].page}.svelte`;
