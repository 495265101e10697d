import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../lib/plan/schema';
import { highlight } from '../lib/search/highlight';
import { buildIndex, docsOf, type SearchIndex } from '../lib/search/searchIndex';
import { search } from '../lib/search/search';
import { SPELLING_GROUPS } from '../lib/text/spellingVariants';
import { prepareReadings, type ReadingTable } from '../lib/text/readings';
import { readingTable, searchedTexts } from './readingTable';
import { item, planOf } from '../lib/search/testPlans';

// Fresh text, in the spellings plans mix; none of these words is in the hand table.
const n = (id: string, title: string, description = ''): PlanNode => item(id, title, [], description);
const plan = (id: string, nodes: PlanNode[]): Plan => planOf(id, nodes);
const plans = [
  plan('a', [
    n('1', '地域の助け合い活動'),
    n('2', '見守り活動の推進'),
    n('3', '話し合いの場づくり'),
    n('4', '申し込みの手続きを簡単に'),
    n('5', '講演会の開催'),
    n('6', 'ともに支え合って暮らす'),
    n('7', '地域で見守る'),
  ]),
  plan('b', [
    n('1', 'たすけあいの輪'),
    n('2', '見まもりネットワーク'),
    n('3', '地区の話合い'),
    n('4', '申込の手続', '公園の清掃'),
    n('5', '支えあいの取組'),
  ]),
  plan('c', [
    n('1', '住民どうしの支え合い'),
    n('2', '人と人との繋がり'),
    n('3', '地域の取り組み'),
    n('4', 'つながりづくり'),
  ]),
];

let table: ReadingTable;
let index: SearchIndex;
beforeAll(async () => {
  table = await readingTable(searchedTexts(plans));
  const readings = prepareReadings(table);
  index = buildIndex(
    plans.flatMap((p) => docsOf(p, undefined, readings)),
    readings,
  );
});
const found = (q: string) => search(index, q).hits.map((h) => `${h.doc.planId}/${h.doc.nodeId}`);

describe('the reading table the analyser writes', () => {
  it('has readings, in folded hiragana, only for words with kanji', () => {
    expect(table).toMatchObject({
      助け合い: 'たすけあい',
      見守り: 'みまもり',
      話合い: 'はなしあい',
      取組: 'とりくみ',
      繋がり: 'つながり',
      支え: 'ささえ',
    });
    expect(Object.keys(table).every((k) => /\p{Script=Han}/u.test(k))).toBe(true);
    expect(Object.values(table).every((v) => /^[\u3041-\u3096]+$/u.test(v))).toBe(true);
  });

  it('never holds the spellings the hand table joins, so the two cannot disagree', () => {
    expect(SPELLING_GROUPS.flat().filter((w) => w in table)).toEqual([]);
  });
});

describe('search by reading (words the hand table does not list)', () => {
  it.each([
    ['助け合い', 'b/1'],
    ['たすけあい', 'a/1'],
    ['見守り', 'b/2'],
    ['見まもり', 'a/2'],
    ['話し合い', 'b/3'],
    ['話合い', 'a/3'],
    ['取り組み', 'b/5'],
    ['取組', 'c/3'],
    ['繋がり', 'c/4'],
    ['つながり', 'c/2'],
    ['支えあい', 'c/1'],
    ['支え合い', 'b/5'],
    ['申し込み', 'b/4'],
    ['手続き', 'b/4'],
  ])('%s finds %s', (q, want) => expect(found(q)).toContain(want));

  it('matches the stem of a word ending in okurigana, so a noun finds the verb a plan wrote', () => {
    expect(found('支えあい')).toContain('a/6');
    expect(found('見まもり')).toContain('a/7');
    const hit = search(index, '支えあい').hits.find((h) => h.doc.nodeId === '6')!;
    expect(highlight(hit.doc.title, hit.ranges).find((x) => x.mark)?.text).toBe('支え合');
  });

  it('ranks a match as written first, then by reading, then typos', () => {
    const hits = search(index, '見守り').hits;
    expect(hits.map((h) => h.via)).toEqual(['exact', 'reading', 'reading']); // 見守り活動; 見まもり, 見守る
    expect(hits[0].score).toBeLessThan(hits[1].score);
    const withTypo = search(index, '見守り活道').hits; // a typo of 見守り活動
    expect(withTypo.every((h) => h.via === 'typo')).toBe(true);
    expect(search(index, 'たすけあい').hits[0].doc.title).toBe('たすけあいの輪');
  });

  it('highlights a reading match where the other spelling is written', () => {
    const hit = search(index, 'たすけあい').hits.find((h) => h.doc.planId === 'a')!;
    expect(highlight(hit.doc.title, hit.ranges)).toEqual([
      { text: '地域の', mark: false },
      { text: '助け合い', mark: true },
      { text: '活動', mark: false },
    ]);
  });

  it('does not let a kanji word find its homophones; the sound typed in kana finds both', () => {
    expect(found('講演')).toEqual(['a/5']);
    expect(found('こうえん')).toEqual(expect.arrayContaining(['a/5', 'b/4']));
  });
});
