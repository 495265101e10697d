import { describe, expect, it } from 'vitest';
import type { Plan } from '../lib/plan/schema';
import { fillFromCover } from './fillFromCover';

const bare = (over: Partial<Plan> = {}) =>
  ({ title: '', council: '', municipality: '', period: null, ...over }) as Plan;
const COVER = '第3次 新町地域福祉活動計画（令和8年度～令和12年度）\n新町社会福祉協議会\n\n基本理念\nささえあう新町\n';

describe('fillFromCover', () => {
  it('names a plan read from a bare file by its cover, and says what it took', () => {
    const plan = bare();
    expect(fillFromCover(plan, COVER)).toEqual([
      '本文の表紙から 題名「第3次新町地域福祉活動計画」・社協「新町社会福祉協議会」・期間「令和8年度～令和12年度」 を入れました(違うときは --meta で指定してください)。',
    ]);
    expect([plan.title, plan.council, plan.municipality, plan.period?.start, plan.period?.end]).toEqual([
      '第3次新町地域福祉活動計画',
      '新町社会福祉協議会',
      '新町',
      2026,
      2030,
    ]);
  });

  it('keeps what the meta file or front matter gave, and says nothing when it takes nothing', () => {
    const plan = bare({
      title: 'しんまちプラン',
      council: '新町社協',
      municipality: '新町',
      period: { start: 2026, end: 2030, label: '令和8〜12年度' },
    });
    expect(fillFromCover(plan, COVER)).toEqual([]);
    expect(plan.title).toBe('しんまちプラン');
  });
});
