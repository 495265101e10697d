import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from './fiscalYear';

describe('fiscalYearOf', () => {
  it('puts January to March in the 年度 that began the April before, and April onwards in its own', () => {
    const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);
    expect(
      [day(2026, 1, 1), day(2026, 3, 31), day(2026, 4, 1), day(2026, 12, 31), day(2019, 4, 30)].map(fiscalYearOf),
    ).toEqual([2025, 2025, 2026, 2026, 2019]);
  });
});
