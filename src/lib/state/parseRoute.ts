import { MAX_PICKS } from './compareLimit';

export type View = 'sunburst' | 'tree' | 'outline';
export const VIEWS: readonly View[] = ['sunburst', 'tree', 'outline'];
export type CompareView = 'sunburst' | 'tree';

export type Route =
  | { name: 'gallery'; q?: string; pref?: string }
  | { name: 'plan'; planId: string; view: View | null; node: string | null; q: string; embed?: boolean; progress?: number }
  | { name: 'present'; planId: string; node: string | null; speaker: boolean }
  | { name: 'search'; q: string; /** Results shown after さらに表示, kept for Back and reload. */ shown?: number }
  | { name: 'compare'; plans: string[]; view: CompareView; sync: boolean; theme: string | null; focus: Record<string, string>; embed?: boolean; repeated?: string[] }
  | { name: 'import' }
  | { name: 'notFound'; path: string };

/**
 * Reads a hash (`#/plan/kasama?view=tree&node=2-1`) into a route. Unknown parameters are
 * ignored; malformed values fall back to defaults rather than failing, so any link opens.
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const segs = path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  if (segs.length === 0) {
    // The gallery's filter (words, prefecture) is in the address, so a filtered list can be shared and survives a reload.
    const q = (params.get('q') ?? '').slice(0, 200);
    const pref = (params.get('pref') ?? '').slice(0, 20);
    return { name: 'gallery', ...(q ? { q } : {}), ...(pref ? { pref } : {}) };
  }
  const node = (params.get('node') ?? '').slice(0, 80) || null;
  const embed = params.get('embed') === '1' ? { embed: true } : {};
  if ((segs[0] === 'present' && segs.length === 2) || (segs[0] === 'plan' && segs.length === 2 && params.get('present') === '1')) {
    return { name: 'present', planId: segs[1], node, speaker: params.get('speaker') === '1' };
  }
  if (segs[0] === 'plan' && segs.length === 2) {
    const v = params.get('view');
    return {
      name: 'plan',
      planId: segs[1],
      view: VIEWS.includes(v as View) ? (v as View) : null,
      node,
      q: (params.get('q') ?? '').slice(0, 200),
      ...(/^\d{4}$/.test(params.get('progress') ?? '') ? { progress: Number(params.get('progress')) } : {}),
      ...embed,
    };
  }
  if (segs[0] === 'compare' && segs.length === 1) {
    const focus: Record<string, string> = {};
    for (const pair of (params.get('focus') ?? '').split(',')) {
      const [plan, node] = pair.split(':');
      if (plan && node) focus[plan] = node.slice(0, 80);
    }
    const asked = (params.get('plans') ?? '').split(',').map((p) => p.trim()).filter(Boolean);
    // A plan named twice is compared once; the page says which were dropped.
    const repeated = [...new Set(asked.filter((p, i) => asked.indexOf(p) !== i))];
    return {
      name: 'compare',
      plans: [...new Set(asked)].slice(0, MAX_PICKS),
      ...(repeated.length ? { repeated } : {}),
      view: params.get('view') === 'tree' ? 'tree' : 'sunburst',
      sync: params.get('sync') === '1',
      theme: params.get('theme') || null,
      focus,
      ...embed,
    };
  }
  if (segs[0] === 'import' && segs.length === 1) return { name: 'import' };
  if (segs[0] === 'search' && segs.length === 1) {
    const shown = Number(params.get('n'));
    return { name: 'search', q: (params.get('q') ?? '').slice(0, 200), ...(Number.isInteger(shown) && shown > 0 && shown <= 5000 ? { shown } : {}) };
  }
  return { name: 'notFound', path: raw };
}

/** The way to a plan's page as it first opens. */
export const planHref = (planId: string) => formatRoute({ name: 'plan', planId, view: null, node: null, q: '' });
/** The compare page with nothing chosen yet. */
export const compareHref = () => formatRoute({ name: 'compare', plans: [], view: 'sunburst', sync: false, theme: null, focus: {} });

/** Writes a route back to a hash; the inverse of parseRoute for the parameters it knows. */
export function formatRoute(r: Route): string {
  switch (r.name) {
    case 'gallery': {
      const p = new URLSearchParams();
      if (r.pref) p.set('pref', r.pref);
      if (r.q) p.set('q', r.q);
      const qs = p.toString();
      return `#/${qs ? `?${qs}` : ''}`;
    }
    case 'import':
      return '#/import';
    case 'search':
      return r.q ? `#/search?${new URLSearchParams({ q: r.q, ...(r.shown ? { n: String(r.shown) } : {}) })}` : '#/search';
    case 'notFound':
      return `#${r.path}`;
    case 'compare': {
      const p = new URLSearchParams(r.plans.length ? { plans: r.plans.join(',') } : {});
      if (r.view !== 'sunburst') p.set('view', r.view);
      if (r.sync) p.set('sync', '1');
      if (r.theme) p.set('theme', r.theme);
      const focus = Object.entries(r.focus).map(([k, v]) => `${k}:${v}`).join(',');
      if (focus) p.set('focus', focus);
      if (r.embed) p.set('embed', '1');
      const qs = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
      return `#/compare${qs ? `?${qs}` : ''}`;
    }
    case 'plan': {
      const p = new URLSearchParams();
      if (r.view) p.set('view', r.view);
      if (r.node) p.set('node', r.node);
      if (r.q) p.set('q', r.q);
      if (r.progress) p.set('progress', String(r.progress));
      if (r.embed) p.set('embed', '1');
      const qs = p.toString();
      return `#/plan/${encodeURIComponent(r.planId)}${qs ? `?${qs}` : ''}`;
    }
    case 'present': {
      const p = new URLSearchParams();
      if (r.node) p.set('node', r.node);
      if (r.speaker) p.set('speaker', '1');
      const qs = p.toString();
      return `#/present/${encodeURIComponent(r.planId)}${qs ? `?${qs}` : ''}`;
    }
  }
}
