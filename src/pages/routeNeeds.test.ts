import { describe, expect, it } from 'vitest';
import { parseRoute } from '../lib/state/parseRoute';
import { routeNeeds } from './routeNeeds';

describe('routeNeeds', () => {
  it('a plan link needs the plan page and that plan, not the list', () => {
    expect(routeNeeds(parseRoute('#/plan/kasama?view=tree&embed=1'))).toEqual({
      page: 'plan',
      index: false,
      plans: ['kasama'],
    });
  });
  it('a compare link needs the list (to name unknown plans) and each plan once', () => {
    expect(routeNeeds(parseRoute('#/compare?plans=kasama,chiba,kasama'))).toEqual({
      page: 'compare',
      index: true,
      plans: ['kasama', 'chiba'],
    });
  });
  it('the gallery needs its page and the list; a presentation its plan', () => {
    expect(routeNeeds(parseRoute('#/'))).toEqual({ page: 'gallery', index: true, plans: [] });
    expect(routeNeeds(parseRoute('#/plan/chiba?present=1'))).toEqual({
      page: 'present',
      index: false,
      plans: ['chiba'],
    });
  });
  it('an unknown address needs nothing', () => {
    expect(routeNeeds(parseRoute('#/nowhere'))).toEqual({ page: null, index: false, plans: [] });
  });
});
