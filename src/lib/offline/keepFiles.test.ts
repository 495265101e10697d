import { describe, expect, it } from 'vitest';
import { keepFiles } from './keepFiles';

describe('keepFiles', () => {
  it('keeps the plan, its progress sheet, the list of plans and the reading table', () => {
    expect(keepFiles({ id: 'a', progressSheet: 'a.progress.csv' })).toEqual([
      'plans/a.json',
      'plans/a.progress.csv',
      'plans/index.json',
      'search/readings.json',
    ]);
  });
  it('asks for no progress sheet when the plan publishes none', () => {
    expect(keepFiles({ id: 'b' }).some((f) => f.endsWith('.csv'))).toBe(false);
  });
});
