import { describe, expect, it } from 'vitest';
import { LOCAL_PLANS_KEY, localPlanIds } from './localPlanIds';

const area = (value: string | null) => ({ get: (k: string) => (k === LOCAL_PLANS_KEY ? value : null) });

describe('localPlanIds', () => {
  it('lists the ids of plans imported in this browser', () => {
    expect(localPlanIds(area(JSON.stringify([{ id: 'kasama', title: 'x' }, { id: 'minami' }])))).toEqual(
      new Set(['kasama', 'minami']),
    );
  });
  it('is empty when nothing was imported, the store is broken, or there is no storage', () => {
    expect(localPlanIds(area(null))).toEqual(new Set());
    expect(localPlanIds(area('{not json'))).toEqual(new Set());
    expect(localPlanIds(area('[null, 3, {"id": 7}]'))).toEqual(new Set());
    // Node has no localStorage: the default area answers nothing rather than throwing.
    expect(localPlanIds()).toEqual(new Set());
  });
});
