import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../../plan/schema';
import { docsOf } from '../searchIndex';
import { buildShards } from './buildShards';
import { searchAll } from './searchAll';
import { ShardIndex, type Progress } from './shardIndex';
import { memoryStore } from './store';
import { item, planOf } from '../testPlans';

const n = (id: string, title: string, description = ''): PlanNode => item(id, title, [], description);
const plan = (id: string, nodes: PlanNode[]): Plan => planOf(id, nodes, `${id}社協`);
const indexOf = (p: Plan) =>
  new ShardIndex(memoryStore(buildShards(docsOf(p), [{ id: p.id, council: p.council }], { blockDocs: 2 })));

const published = indexOf(
  plan('pub', [
    n('1', '見守り活動の推進'),
    n('2', '居場所づくり', '見守りを兼ねたサロン'),
    n('3', 'サロンの運営'),
    n('4', '見守りネットワーク'),
  ]),
);
const imported = indexOf(plan('mine', [n('1', '声かけと見守り'), n('2', '出前サロン', 'ついでに見守り')]));

async function last(query: string, pageSize = 50): Promise<Progress> {
  let out: Progress | null = null;
  for await (const p of searchAll([published, imported], query, pageSize)) out = p;
  return out!;
}
const ids = (p: Progress) => p.hits.map((h) => `${h.doc.planId}/${h.doc.nodeId}`);

describe('searchAll', () => {
  it('finds the imported plan beside the published one, titles of both before bodies of either', async () => {
    const p = await last('見守り');
    expect(ids(p)).toEqual(['pub/1', 'pub/4', 'mine/1', 'pub/2', 'mine/2']);
    expect([p.total, p.complete, [...p.plans].sort()]).toEqual([5, true, ['mine', 'pub']]);
  });

  it('keeps to the page size across indexes while counting every hit', async () => {
    const p = await last('見守り', 3);
    expect(ids(p)).toEqual(['pub/1', 'pub/4', 'mine/1']);
    expect(p.total).toBe(5);
  });

  it('reads no further block once the reader stops at the first page (the next keystroke replaced it)', async () => {
    const files = buildShards(
      docsOf(
        plan(
          'big',
          Array.from({ length: 12 }, (_, i) => n(String(i), `見守り ${i}`)),
        ),
      ),
      [{ id: 'big', council: 'big社協' }],
      { blockDocs: 2 },
    );
    const read: string[] = [];
    const store = memoryStore(files);
    const index = new ShardIndex((path) => (read.push(path), store(path)));
    for await (const first of searchAll([index], '見守り', 50, 1)) {
      expect(first.complete).toBe(false);
      break;
    }
    expect(read.filter((p) => p.includes('/s/1/') || p.startsWith('s/1/'))).toEqual([]);
    expect(read.some((p) => p.includes('s/0/'))).toBe(true);
  });
});
