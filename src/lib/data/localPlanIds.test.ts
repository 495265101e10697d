import { describe, expect, it } from 'vitest';
import { LOCAL_PLANS_KEY, localPlanIds } from './localPlanIds';

const storage = (value: string | null) => ({ getItem: (k: string) => (k === LOCAL_PLANS_KEY ? value : null) }) as Storage;

describe('localPlanIds', () => {
  it('lists the ids of plans imported in this browser', () => {
    expect(localPlanIds(storage(JSON.stringify([{ id: 'kasama', title: 'x' }, { id: 'minami' }])))).toEqual(new Set(['kasama', 'minami']));
  });
  it('is empty when nothing was imported, the store is broken, or there is no storage', () => {
    expect(localPlanIds(storage(null))).toEqual(new Set());
    expect(localPlanIds(storage('{not json'))).toEqual(new Set());
    expect(localPlanIds(storage('[null, 3, {"id": 7}]'))).toEqual(new Set());
    expect(localPlanIds(null)).toEqual(new Set());
  });
});
