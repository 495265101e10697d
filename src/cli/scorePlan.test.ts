import { describe, expect, it } from 'vitest';
import { compilePlan } from '../lib/plan/compile';
import { normalizeTitle, scorePlan } from './scorePlan';

describe('scorePlan', () => {
  const plan = compilePlan(
    ['基本理念', '「みんなのまち」', '~ いつまでも ~', '基本目標1 つながる', '基本目標2 ささえる。'].join('\n'),
  ).plan;

  it('normalizes like the corpus README', () => {
    expect(normalizeTitle('「ａ Ｂ」')).toBe('aB');
    expect(normalizeTitle('ささえる。')).toBe('ささえる');
  });

  it('is faithful when counts, top titles and vision agree', () => {
    const s = scorePlan(plan, {
      id: 't',
      vision: 'みんなのまち ~ いつまでも ~',
      counts: [2],
      top: [
        { code: '1', title: 'つながる' },
        { code: '2', title: 'ささえる' },
      ],
    });
    expect(s.counts.ok && s.topOk).toBe(true);
  });

  it('names the first mismatch', () => {
    const s = scorePlan(plan, { id: 't', vision: null, counts: [3], top: [{ code: '1', title: 'ちがう' }] });
    expect(s.faithful).toBe(false);
    expect(s.firstMismatch).toContain('理念');
  });
});
