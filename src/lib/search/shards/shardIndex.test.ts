import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Plan, PlanNode } from '../../plan/schema';
import { buildIndex, docsOf, type SearchDoc } from '../searchIndex';
import { search } from '../search';
import { buildShards, type ShardOptions } from './buildShards';
import { termsOf, TYPO } from './matchBlock';
import { ShardIndex, type Progress } from './shardIndex';
import { memoryStore } from './store';
import { prepareReadings } from '../../text/readings';
import { item, planOf } from '../testPlans';

const n = item;
const plan = (id: string, nodes: PlanNode[]): Plan => planOf(id, nodes, `${id}社協`);

const plans = [
  plan('a', [
    n(
      '1',
      '地域の見守り',
      [
        n('1-1', 'ボランティアの育成と参加促進', [], '', '1-(1)'),
        n('1-2', 'サロン活動の支援', [], 'ボランティアが運営するサロンを支えます', '1-(2)'),
      ],
      '',
      '1',
    ),
    n('2', '福祉の地域づくり', [
      n('2-1', '地域福祉活動計画の推進', [], '', '⑥'),
      n('2-2', '子ども食堂', [], '子供の居場所'),
    ]),
  ]),
  plan('b', [
    n('1', '災害ボランティアセンターの運営'),
    n('2', 'ランチ会の開催'),
    n('3', 'ボランティア'),
    n('4', '域の福祉を考える', [], '地域の福祉と福祉の地域'),
  ]),
  plan('c', [
    n('1', 'ｻﾛﾝの開催', [], 'たすけあいの輪'),
    n('2', '助け合い活動'),
    n('3', '障がいのある人の相談支援'),
    n('4', 'あああ'),
  ]),
];
const docs: SearchDoc[] = plans.flatMap((p) => docsOf(p));
const councils = plans.map((p) => ({ id: p.id, council: p.council }));
const key = (planId: string, nodeId: string) => `${planId}/${nodeId}`;

/** The truth: every doc whose folded text holds every word (titles only for one character). */
function bruteForce(query: string): string[] {
  const terms = termsOf(query);
  return docs
    .filter(
      (d) =>
        terms.length &&
        terms.every(
          (t) =>
            (t.code && d.c === t.code) ||
            (t.text.length === 1
              ? d.t.text.includes(t.text)
              : t.text.length > 1 && (d.t.text.includes(t.text) || d.d.includes(t.text))),
        ),
    )
    .map((d) => key(d.planId, d.nodeId))
    .sort();
}

async function drain(index: ShardIndex, query: string, pageSize = 10_000): Promise<Progress[]> {
  const out: Progress[] = [];
  for await (const p of index.search(query, pageSize)) out.push(p);
  return out;
}
const exactOf = (p: Progress) =>
  p.hits
    .filter((_, i) => p.tiers[i] < TYPO)
    .map((h) => key(h.doc.planId, h.doc.nodeId))
    .sort();
const indexOf = (o: ShardOptions = {}, gzip = false) => {
  const files = buildShards(docs, councils, o);
  if (gzip) for (const [k, v] of files) files.set(k, gzipSync(v));
  return new ShardIndex(memoryStore(files));
};

const QUERIES = [
  '地',
  'ボ',
  '地域',
  '地域福祉',
  'ぼらんてぃあ',
  'ｻﾛﾝ',
  'サロン 支援',
  '災害 ボランティア',
  'ボランティア 見守り',
  '1-(2)',
  '⑥',
  '子供',
  'たすけあい',
  '障害',
  '福祉の地域',
  'ああ',
  'あああ',
  '域福',
];

describe('sharded index', () => {
  it.each([
    ['one block, one shard', {}],
    ['blocks of 3 docs, tiny shards, fragments of 2', { blockDocs: 3, targetShardBytes: 40, fragmentDocs: 2 }],
  ] as const)('finds every exact match a brute-force scan finds, and nothing else (%s)', async (_, o) => {
    const index = indexOf(o);
    for (const q of QUERIES) {
      const all = await drain(index, q);
      const last = all[all.length - 1];
      expect(last.complete, q).toBe(true);
      expect(exactOf(last), q).toEqual(bruteForce(q));
    }
  });

  it('does not call a doc an exact hit when the bigrams of the word occur apart', async () => {
    // 域福 occurs in 地域福祉 (a-2-1) only; b/4 has 地域 and 福祉 but never 域福 in a row.
    const last = (await drain(indexOf({ blockDocs: 3 }), '地域福祉')).at(-1)!;
    expect(exactOf(last)).toEqual(['a/2-1']);
    expect(bruteForce('地域福祉')).toEqual(['a/2-1']);
  });

  it('streams: the first block’s hits come before the count is final', async () => {
    const all = await drain(indexOf({ blockDocs: 3 }), 'ボランティア', 50);
    expect(all.length).toBeGreaterThan(1);
    expect(all[0].complete).toBe(false);
    expect(all[0].hits.length).toBeGreaterThan(0);
    expect(all.at(-1)!.total).toBeGreaterThan(all[0].total);
    // Title hits already shown keep their place as more arrive (later ones come after them).
    const first = all[0].hits.filter((_, i) => all[0].tiers[i] === 0).map((h) => key(h.doc.planId, h.doc.nodeId));
    expect(first.length).toBeGreaterThan(0);
    expect(
      all
        .at(-1)!
        .hits.slice(0, first.length)
        .map((h) => key(h.doc.planId, h.doc.nodeId)),
    ).toEqual(first);
  });

  it('finds a one-letter typo (ボランテア) as a near match, not an exact one, and not ランチ会', async () => {
    const last = (await drain(indexOf({ blockDocs: 3 }), 'ボランテア')).at(-1)!;
    const near = last.hits.filter((_, i) => last.tiers[i] === TYPO).map((h) => key(h.doc.planId, h.doc.nodeId));
    expect(near).toEqual(expect.arrayContaining(['a/1-1', 'b/1', 'b/3']));
    expect(near).not.toContain('b/2');
    expect(exactOf(last)).toEqual([]);
  });

  it('ranks titles above bodies, and shows each hit with its plan, path, code and highlight', async () => {
    const last = (await drain(indexOf(), 'ボランティア')).at(-1)!;
    const ids = last.hits.map((h) => key(h.doc.planId, h.doc.nodeId));
    expect(ids.indexOf('a/1-1')).toBeLessThan(ids.indexOf('a/1-2'));
    const body = last.hits.find((h) => h.doc.nodeId === '1-2')!;
    expect(body.field).toBe('description');
    const h = last.hits.find((x) => x.doc.planId === 'b' && x.doc.nodeId === '1')!;
    expect(h.doc.title.slice(h.ranges[0][0], h.ranges[0][1])).toBe('ボランティア');
    const code = (await drain(indexOf(), '1-(2)')).at(-1)!.hits[0];
    expect([code.doc.planId, code.doc.nodeId, code.field, code.doc.path]).toEqual([
      'a',
      '1-2',
      'code',
      ['地域の見守り'],
    ]);
    expect(last.plans).toEqual(new Set(['a', 'b']));
  });

  it('reads gzip-compressed files as the build writes them', async () => {
    const last = (await drain(indexOf({ blockDocs: 3 }, true), '子ども')).at(-1)!;
    expect(exactOf(last)).toEqual(bruteForce('子ども'));
    expect(exactOf(last)).toEqual(['a/2-2']);
  });

  it('keeps each build’s shards in a folder named by their content, so old and new files never mix', () => {
    const folder = (files: Map<string, Uint8Array>) =>
      new Set([...files.keys()].filter((k) => k !== 'manifest.bin').map((k) => k.split('/')[0]));
    const once = buildShards(docs, councils);
    const again = buildShards(docs, councils);
    const fewer = buildShards(docs.slice(1), councils);
    expect(folder(once).size).toBe(1);
    expect(folder(again)).toEqual(folder(once));
    expect(folder(fewer)).not.toEqual(folder(once));
    const manifest = JSON.parse(new TextDecoder().decode(once.get('manifest.bin')));
    expect(folder(once)).toEqual(new Set([manifest.files]));
  });

  it('refuses, with a message, a manifest written by another version of the format', async () => {
    const files = buildShards(docs, councils);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.bin')));
    files.set('manifest.bin', new TextEncoder().encode(JSON.stringify({ ...manifest, version: 1 })));
    await expect(drain(new ShardIndex(memoryStore(files)), '地域')).rejects.toThrow('検索データの版が合いません');
  });

  it('answers an empty query with nothing', async () => {
    expect((await drain(indexOf(), '  　')).at(-1)).toMatchObject({ total: 0, complete: true });
  });
});

describe('sharded index, by reading', () => {
  // A reading table as npm run compile writes one (folded surface → reading), for the words below.
  const readings = prepareReadings({
    助け合い: 'たすけあい',
    支え: 'ささえ',
    合い: 'あい',
    講演: 'こうえん',
    公園: 'こうえん',
    活動: 'かつどう',
    中心: 'ちゆうしん',
    中止: 'ちゆうし',
    取組: 'とりくみ',
    取り組み: 'とりくみ',
    聞く: 'きく',
  });
  const rplans = [
    plan('x', [
      n('1', '助け合い活動'),
      n('2', 'みんなのたすけあい'),
      n('3', '公園の清掃'),
      n('4', '講演会の開催'),
      n('5', '交流', [], '地域でささえあう'),
    ]),
    plan('y', [
      n('1', '支え合いの地域づくり'),
      n('2', 'こうえんの花壇'),
      n('3', '中心市街地'),
      n('4', '行事の中止'),
      n('5', '計画の推進', [], '住民と取り組みます'),
      n('6', '学びの場', [], '講演を聞く'),
    ]),
    plan('z', [n('1', '中心部のにぎわい')]),
    plan('w', [n('1', '中心商店街', [], '雨の日はちゅうしします')]),
  ];
  const rdocs = rplans.flatMap((p) => docsOf(p, undefined, readings));
  const index = new ShardIndex(
    memoryStore(
      buildShards(
        rdocs,
        rplans.map((p) => ({ id: p.id, council: p.council })),
        { blockDocs: 4 },
      ),
    ),
    readings,
  );
  const found = async (q: string) => {
    const all = await drain(index, q);
    const last = all[all.length - 1];
    return last.hits.map((h) => `${key(h.doc.planId, h.doc.nodeId)}:${h.via}`);
  };

  it('finds the other spelling of a word after the spelling typed', async () => {
    expect(await found('助け合い')).toEqual(['x/1:exact', 'x/2:reading']);
    expect(await found('たすけあい')).toEqual(['x/2:exact', 'x/1:reading']);
    // Okurigana: 支えあい by its stem finds 支え合い in a title and ささえあう written in kana in a body.
    expect(await found('支えあい')).toEqual(['y/1:reading', 'x/5:reading']);
  });

  it('keeps a word written in kanji from finding its homophones; a word in kana finds every spelling', async () => {
    expect(await found('講演')).toEqual(['x/4:exact', 'y/6:exact', 'y/2:reading']);
    expect((await found('こうえん')).sort()).toEqual(['x/3:reading', 'x/4:reading', 'y/2:exact', 'y/6:reading'].sort());
    // A shared kanji elsewhere is not enough: 中止 (ちゆうし) is in 中心 (ちゆうしん)'s reading and shares 中, but is another word.
    expect((await found('中止')).filter((h) => h.startsWith('y/') || h.startsWith('z/'))).toEqual(['y/4:exact']);
  });

  it('counts only plans with a hit that stands: a plan whose only match was a homophone is not among them', async () => {
    const last = (await drain(index, '中止')).at(-1)!;
    expect([...last.plans].sort()).toEqual(['w', 'y']);
  });

  it('moves a title that is a homophone down to its body when the body says the word (as the in-plan search does)', async () => {
    // 中心商店街 is a stranger for 中止 in the title, but its body writes ちゅうし in kana.
    expect(await found('中止')).toEqual(['y/4:exact', 'w/1:reading']);
    const last = (await drain(index, '中止')).at(-1)!;
    expect(last.hits.find((h) => h.doc.planId === 'w')?.field).toBe('description');
  });

  it('finds the other spelling in a body where the body holds one of the word’s kanji, not a homophone', async () => {
    expect(await found('取組')).toEqual(['y/5:reading']);
    expect(await found('公園')).toEqual(['x/3:exact', 'y/2:reading']);
  });

  it('finds what the in-plan search finds, for every spelling', async () => {
    const inPlan = buildIndex(rdocs, readings);
    for (const q of [
      '助け合い',
      'たすけあい',
      '支えあい',
      '支え合い',
      '講演',
      'こうえん',
      '公園',
      '中止',
      '中心',
      '取組',
      '取り組み',
      'とりくみ',
      '聞く',
    ]) {
      const expected = search(inPlan, q, 1000)
        .hits.filter((h) => h.via !== 'typo')
        .map((h) => key(h.doc.planId, h.doc.nodeId))
        .sort();
      const last = (await drain(index, q)).at(-1)!;
      expect(exactOf(last), q).toEqual(expected);
    }
  });

  it('highlights the other spelling where the title writes it', async () => {
    const all = await drain(index, '助け合い');
    const hit = all[all.length - 1].hits.find((h) => h.doc.nodeId === '2')!;
    expect(hit.ranges.map(([a, b]) => hit.doc.title.slice(a, b))).toEqual(['たすけあい']);
  });
});
