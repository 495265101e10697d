import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../plan/schema';
import { highlight } from './highlight';
import { fold, normalize } from './normalize';
import { buildIndex, docsOf } from './searchIndex';
import { search } from './search';
import { item, planOf } from './testPlans';

describe('normalize', () => {
  it.each([
    ['ボランティア', 'ぼらんていあ'], // katakana → hiragana, small ィ → い
    ['ぼらんてぃあ', 'ぼらんていあ'],
    ['ｻﾛﾝ', 'さろん'], // half-width katakana
    ['ｶﾞｲﾄﾞ', 'がいど'], // half-width sound marks compose
    ['サーバー', 'さば'], // long-vowel marks dropped
    ['ＳＮＳ　等', 'sns等'], // full-width Latin, ideographic space
    ['見守り 活動', '見守り活動'], // kanji stay: 見守り / 見まもり meet in their readings (readings.ts)
    ['障がい者', 'しようがい者'], // 障害 / 障がい / 障碍 are one word
    ['子供食堂', 'こども食堂'],
    ['コミュニティ', 'こみゆにてい'],
  ])('%s → %s', (input, want) => {
    expect(normalize(input)).toBe(want);
  });

  it('maps each folded character back to the original, for highlighting', () => {
    const f = fold('ｻﾛﾝ活動');
    expect(f.text).toBe('さろん活動');
    expect(f.map).toEqual([0, 1, 2, 3, 4]);
    const g = fold('ｶﾞｲﾄﾞ');
    expect(g.text).toBe('がいど');
    expect(g.map).toEqual([0, 2, 3]);
  });
});

const n = item;
const plan = (id: string, nodes: PlanNode[]): Plan => planOf(id, nodes);
const index = buildIndex([
  ...docsOf(
    plan('a', [
      n('1', '地域の見守り', [
        n('1-1', 'ボランティアの育成と参加促進'),
        n('1-2', 'サロン活動の支援', [], 'ボランティアが運営するサロンを支えます'),
      ]),
    ]),
  ),
  ...docsOf(plan('b', [n('1', '災害ボランティアセンターの運営'), n('2', 'ランチ会の開催'), n('3', 'ボランティア')])),
]);
const found = (q: string) => search(index, q).hits.map((h) => `${h.doc.planId}/${h.doc.nodeId}`);

describe('search', () => {
  it('finds katakana words from hiragana and half-width queries', () => {
    expect(found('ぼらんてぃあ')).toEqual(expect.arrayContaining(['a/1-1', 'b/1', 'b/3', 'a/1-2']));
    expect(found('ｻﾛﾝ')).toEqual(['a/1-2']);
  });

  it('tolerates one mistyped kana (ボランテア finds ボランティア) but not a different word', () => {
    expect(found('ボランテア')).toEqual(expect.arrayContaining(['a/1-1', 'b/1', 'b/3']));
    expect(found('ボランティア')).not.toContain('b/2'); // ランチ会 shares ラン only
  });

  it('needs every word of a multi-word query (AND)', () => {
    expect(found('災害 ボランティア')).toEqual(['b/1']);
    expect(found('ボランティア 見守り')).toEqual([]);
  });

  it('ranks an exact title above a longer title and above a description match', () => {
    const hits = found('ボランティア');
    expect(hits[0]).toBe('b/3');
    expect(hits.indexOf('a/1-1')).toBeLessThan(hits.indexOf('a/1-2'));
    expect(search(index, 'ボランティア').hits.find((h) => h.doc.nodeId === '1-2' && h.doc.planId === 'a')?.field).toBe(
      'description',
    );
  });

  it('returns the matched ranges in the original title', () => {
    const hit = search(index, 'ぼらんてぃあ').hits.find((h) => h.doc.planId === 'b' && h.doc.nodeId === '1')!;
    expect(highlight(hit.doc.title, hit.ranges)).toEqual([
      { text: '災害', mark: false },
      { text: 'ボランティア', mark: true },
      { text: 'センターの運営', mark: false },
    ]);
  });

  it('keeps the path from the top of the plan', () => {
    expect(search(index, 'サロン').hits[0].doc.path).toEqual(['地域の見守り']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(search(index, '  　').hits).toEqual([]);
  });
});
