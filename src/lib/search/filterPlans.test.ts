import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../plan/schema';
import { filterPlans, prefecturesOf } from './filterPlans';
import { prepareReadings } from '../text/readings';

const plan = (
  id: string,
  council: string,
  prefecture: string,
  vision = '',
  title = '地域福祉活動計画',
): PlanSummary => ({
  id,
  council,
  municipality: council.replace('社会福祉協議会', ''),
  prefecture,
  title,
  period: null,
  vision,
  nodeCount: 10,
});
const plans = [
  plan('a', '木更津市社会福祉協議会', '千葉県', 'ともに支え合う地域の福祉'),
  plan('b', '桶川市社会福祉協議会', '埼玉県', 'みんなでたすけあい 笑顔でつながるまちづくり'),
  plan('c', '千葉市社会福祉協議会', '千葉県', '共に手を携える地域社会'),
  plan('d', '那覇市社会福祉協議会', '沖縄県', 'ゆいまーる'),
  plan('e', '北海道社会福祉協議会', '北海道'),
  plan('f', '広域連合', ''),
];
const ids = (ps: PlanSummary[]) => ps.map((p) => p.id);

describe('filterPlans', () => {
  it('keeps every plan when nothing is asked', () => {
    expect(ids(filterPlans(plans, { q: '', pref: '' }))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('keeps the plans of one prefecture, in their order', () => {
    expect(ids(filterPlans(plans, { q: '', pref: '千葉県' }))).toEqual(['a', 'c']);
  });

  it('finds words in council, municipality, title and 基本理念, whatever the width or kana', () => {
    expect(ids(filterPlans(plans, { q: '木更津', pref: '' }))).toEqual(['a']);
    expect(ids(filterPlans(plans, { q: 'ﾕｲﾏｰﾙ', pref: '' }))).toEqual(['d']);
    expect(ids(filterPlans(plans, { q: '地域福祉活動計画', pref: '' }))).toHaveLength(6);
  });

  it('needs every word (AND), with full-width spaces too, and combines with the prefecture', () => {
    expect(ids(filterPlans(plans, { q: '千葉　地域', pref: '' }))).toEqual(['a', 'c']);
    expect(ids(filterPlans(plans, { q: '千葉 携える', pref: '' }))).toEqual(['c']);
    expect(ids(filterPlans(plans, { q: '市', pref: '埼玉県' }))).toEqual(['b']);
    expect(ids(filterPlans(plans, { q: '那覇', pref: '千葉県' }))).toEqual([]);
  });
});

describe('filterPlans with readings', () => {
  const readings = prepareReadings({ 助け合: 'たすけあ', 支え合: 'ささえあ', 木更津: 'きさらづ' });
  it('finds a word written the other way, by its reading', () => {
    expect(ids(filterPlans(plans, { q: '助け合い', pref: '' }, readings))).toEqual(['b']);
    expect(ids(filterPlans(plans, { q: 'ささえあう', pref: '' }, readings))).toEqual(['a']);
    expect(ids(filterPlans(plans, { q: 'きさらづ', pref: '千葉県' }, readings))).toEqual(['a']);
  });
  it('does not let a short reading or one kana keep every plan (た of 他, し of 市)', () => {
    const more = prepareReadings({ 他: 'た', 支え合: 'ささえあ', 共: 'とも' });
    expect(ids(filterPlans(plans, { q: '他', pref: '' }, more))).toEqual([]);
    expect(ids(filterPlans(plans, { q: 'とも', pref: '' }, more))).toEqual(['a']);
  });
  it('finds nothing by reading without the table', () => {
    expect(ids(filterPlans(plans, { q: '助け合い', pref: '' }))).toEqual([]);
  });
});

describe('prefecturesOf', () => {
  it('lists the prefectures present in JIS order (北 to 南) with counts, others after', () => {
    expect(prefecturesOf([...plans, plan('g', 'x', '架空県')])).toEqual([
      { name: '北海道', count: 1 },
      { name: '埼玉県', count: 1 },
      { name: '千葉県', count: 2 },
      { name: '沖縄県', count: 1 },
      { name: '架空県', count: 1 },
    ]);
  });
});
