import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { findFamilies } from './findFamilies';
import { lineFeatures } from './lineModel';

const lines = (...t: string[]) => t.map((text, i) => lineFeatures({ line: i + 1, text }));
const best = (...t: string[]) => {
  const l = lines(...t);
  const f = findFamilies(l).reduce((b, x) => (x.score > b.score ? x : b));
  return f.items.map((i) => l[i].title || l[i].text);
};

describe('findFamilies', () => {
  it('prefers the list a lead-in announces with its count over page sections', () => {
    expect(
      best(
        '1 計画とは',
        '説明です。',
        '2 計画の期間',
        '5年間',
        '3 計画の基本目標',
        'ここでは3つの目標を定めます。',
        '(1)あ',
        '(2)い',
        '(3)う',
      ),
    ).toEqual(['あ', 'い', 'う']);
  });

  it('starts a new family when a number goes back to 1, and keeps the announced one', () => {
    expect(
      best('2つの活動分野に分けます。', '1 知る', '2 つなぐ', '別の事業', '1 事業A', '2 事業B', '3 事業C'),
    ).toEqual(['知る', 'つなぐ']);
  });

  it('reads bullets with descriptions between them as one family', () => {
    expect(best('わたしたちの基本目標', '- 人づくり', '人を育てます。', '- 場づくり', '場をつくります。')).toEqual([
      '人づくり',
      '場づくり',
    ]);
  });

  it('takes the short lines under a level label as a list, and a later numbered restatement as the same items', () => {
    const l = lines('施策の柱', 'あの支援', 'いの支援', '1. 領域:あの支援', '取組1', '2. 領域:いの支援', '取組2');
    const f = findFamilies(l).reduce((b, x) => (x.score > b.score ? x : b));
    expect([f.rule, f.level, f.items]).toEqual(['family.repeat', '施策の柱', [3, 5]]);
  });

  it('reads the list under a section that names the structure (計画の体系) as the plan, numbered like the sections above it', () => {
    const r = compilePlan(
      [
        'わがまち福祉活動計画',
        '1 計画策定の背景',
        'この計画は、住民と社協がともに進める計画です。',
        '2 計画の期間',
        '令和7年度から5年間とします。',
        '3 計画の体系',
        '1 見守りの輪を広げる',
        '2 居場所をふやす',
      ].join('\n'),
      { id: 'x' },
    );
    expect(r.errors).toEqual([]);
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['見守りの輪を広げる', '居場所をふやす']);
  });

  it('reads a short numbered list right under the vision as the plan, each item with its description', () => {
    const r = compilePlan(
      [
        'みどり町地域福祉活動計画',
        '【基本理念】',
        '「笑顔でつながる みどりのまち」',
        '',
        '1 声をかけあう関係づくり',
        '近所どうしで、あいさつや見守りの輪を広げます。',
        '2 だれもが集える場の実現',
        '公民館や空き店舗を使い、集いの場をふやします。',
      ].join('\n'),
      { id: 'x' },
    );
    expect(r.errors).toEqual([]);
    expect(r.plan!.vision).toBe('笑顔でつながる みどりのまち');
    expect(r.plan!.root.children.map((c) => [c.title, c.description])).toEqual([
      ['声をかけあう関係づくり', '近所どうしで、あいさつや見守りの輪を広げます。'],
      ['だれもが集える場の実現', '公民館や空き店舗を使い、集いの場をふやします。'],
    ]);
  });
});
