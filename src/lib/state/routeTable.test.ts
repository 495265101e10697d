import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoute } from './parseRoute';
import { formatWith, needsWith, pageModuleWith, parseWith, row, ROUTES } from './routeTable';
import { PAGE_NAMES, pageModule } from '../../pages/routeNeeds';

describe('the route table', () => {
  it('names, for every route, a page that exists (the app loads it; the build and the boot script name its module)', () => {
    expect(PAGE_NAMES).toEqual(Object.keys(ROUTES));
    for (const name of PAGE_NAMES) expect(existsSync(pageModule(name)), pageModule(name)).toBe(true);
  });

  it('takes a new route as one row: its address reads and writes, it has its needs and its page, and the other routes are as before', () => {
    const withHelp = {
      ...ROUTES,
      help: row<{ name: 'help'; topic: string }>({
        page: 'HelpPage',
        match: (segs, params) =>
          segs.length === 1 && segs[0] === 'help' ? { name: 'help', topic: params.get('topic') ?? '' } : null,
        format: (r) => `#/help?topic=${encodeURIComponent(r.topic)}`,
        needs: () => ({ index: true, plans: [] }),
        props: (r) => ({ topic: r.topic }),
      }),
    };
    const help = parseWith(withHelp, '#/help?topic=%E6%A4%9C%E7%B4%A2');
    expect(help).toEqual({ name: 'help', topic: '検索' });
    expect(formatWith(withHelp, help)).toBe('#/help?topic=%E6%A4%9C%E7%B4%A2');
    expect(needsWith(withHelp, help)).toEqual({ page: 'help', index: true, plans: [] });
    expect(pageModuleWith(withHelp, 'help')).toBe('src/pages/HelpPage.svelte');
    expect(withHelp.help.props({ name: 'help', topic: 'a' }, { narrow: false })).toEqual({ topic: 'a' });
    for (const hash of [
      '#/',
      '#/plan/kasama?view=tree',
      '#/present/kasama',
      '#/compare?plans=a,b',
      '#/search?q=a',
      '#/import',
      '#/nowhere',
    ]) {
      expect(parseWith(withHelp, hash)).toEqual(parseRoute(hash));
    }
    expect(parseRoute('#/help')).toEqual({ name: 'notFound', path: '/help' });
  });

  it('gives each page the props it takes from its route and the app', () => {
    const plan = parseRoute('#/plan/kasama?embed=1');
    expect(plan.name === 'plan' && ROUTES.plan.props(plan, { narrow: true })).toEqual({
      planId: 'kasama',
      narrow: true,
      embed: true,
    });
    const search = parseRoute('#/search?q=a&n=100');
    expect(search.name === 'search' && ROUTES.search.props(search, { narrow: false })).toEqual({ q: 'a', shown: 100 });
  });
});
