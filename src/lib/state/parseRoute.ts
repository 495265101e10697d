export type View = 'sunburst' | 'tree' | 'outline';
export const VIEWS: readonly View[] = ['sunburst', 'tree', 'outline'];

export type Route =
  | { name: 'gallery' }
  | { name: 'plan'; planId: string; view: View | null; node: string | null; q: string }
  | { name: 'search'; q: string }
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
  if (segs.length === 0) return { name: 'gallery' };
  if (segs[0] === 'plan' && segs.length === 2) {
    const v = params.get('view');
    return {
      name: 'plan',
      planId: segs[1],
      view: VIEWS.includes(v as View) ? (v as View) : null,
      node: (params.get('node') ?? '').slice(0, 80) || null,
      q: (params.get('q') ?? '').slice(0, 200),
    };
  }
  if (segs[0] === 'search' && segs.length === 1) return { name: 'search', q: (params.get('q') ?? '').slice(0, 200) };
  return { name: 'notFound', path: raw };
}

/** Writes a route back to a hash; the inverse of parseRoute for the parameters it knows. */
export function formatRoute(r: Route): string {
  switch (r.name) {
    case 'gallery':
      return '#/';
    case 'search':
      return r.q ? `#/search?${new URLSearchParams({ q: r.q })}` : '#/search';
    case 'notFound':
      return `#${r.path}`;
    case 'plan': {
      const p = new URLSearchParams();
      if (r.view) p.set('view', r.view);
      if (r.node) p.set('node', r.node);
      if (r.q) p.set('q', r.q);
      const qs = p.toString();
      return `#/plan/${encodeURIComponent(r.planId)}${qs ? `?${qs}` : ''}`;
    }
  }
}
