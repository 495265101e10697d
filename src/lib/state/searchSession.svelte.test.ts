import { describe, expect, it } from 'vitest';
import type { SearchSources } from '../data/loadSearch';
import type { Hit } from '../search/search';
import type { Progress } from '../search/shards/shardIndex';
import { groupByPlan, PAGE, SearchSession, type SearchStream } from './searchSession.svelte';

const hit = (planId: string, nodeId: string, score: number) =>
  ({ doc: { planId, nodeId }, score, ranges: [], field: 'title', via: 'exact' }) as unknown as Hit;
const progress = (hits: Hit[], complete: boolean): Progress => ({
  hits,
  tiers: hits.map(() => 0),
  total: hits.length,
  exact: hits.length,
  plans: new Set(hits.map((h) => h.doc.planId)),
  complete,
});
const sources: SearchSources = {
  indexes: [],
  councils: new Map([
    ['a', '甲市社協'],
    ['b', '乙町社協'],
  ]),
  withoutReadings: false,
};

/** A stream the test drives: each query's blocks are sent (or a failure) when the test says. */
function streams() {
  const open: {
    query: string;
    firstPage?: number;
    send: (p: Progress) => void;
    fail: (e: unknown) => void;
    end: () => void;
    closed: boolean;
  }[] = [];
  const stream: SearchStream = (_indexes, query, _size, firstPage) => {
    const queue: (Progress | Error | null)[] = [];
    let wake: (() => void) | null = null;
    const push = (x: Progress | Error | null) => (queue.push(x), wake?.());
    const s = {
      query,
      firstPage,
      send: push,
      fail: (e: unknown) => push(e as Error),
      end: () => push(null),
      closed: false,
    };
    open.push(s);
    return (async function* () {
      try {
        for (;;) {
          if (!queue.length) await new Promise<void>((r) => (wake = r));
          const x = queue.shift()!;
          if (x === null) return;
          if (x instanceof Error) throw x;
          yield x;
        }
      } finally {
        s.closed = true;
      }
    })();
  };
  return { stream, open };
}
/** Lets the promise callbacks queued so far run (one turn of the event loop, no waiting on time). */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('SearchSession', () => {
  it('streams a query’s results in as they arrive, and says when they are complete', async () => {
    const { stream, open } = streams();
    const s = new SearchSession(async () => sources, stream);
    s.ask('見守り', PAGE);
    await settle();
    expect(open.map((o) => o.query)).toEqual(['見守り']);
    open[0].send(progress([hit('a', '1', 1)], false));
    await settle();
    expect(s.result).toMatchObject({ q: '見守り', complete: false, total: 1 });
    open[0].send(progress([hit('a', '1', 1), hit('b', '2', 0.5)], true));
    await settle();
    expect(s.result).toMatchObject({ complete: true, total: 2 });
  });

  it('drops the previous query’s stream once another is asked: its late results never show', async () => {
    const { stream, open } = streams();
    const s = new SearchSession(async () => sources, stream);
    await settle();
    s.ask('見守り', PAGE);
    s.ask('サロン', PAGE);
    open[0].send(progress([hit('a', 'old', 1)], true));
    open[1].send(progress([hit('b', 'new', 1)], true));
    await settle();
    expect(s.result?.q).toBe('サロン');
    expect(s.result?.hits.map((h) => h.doc.nodeId)).toEqual(['new']);
    expect(open[0].closed).toBe(true);
  });

  it('says a query failed, and its retry asks it again; a new query starts clean', async () => {
    const { stream, open } = streams();
    const s = new SearchSession(async () => sources, stream);
    await settle();
    s.ask('見守り', PAGE);
    open[0].fail(new Error('offline'));
    await settle();
    expect(s.queryFailed?.q).toBe('見守り');
    s.retry();
    expect(s.queryFailed).toBe(null);
    expect(open.map((o) => o.query)).toEqual(['見守り', '見守り']);
    open[1].send(progress([hit('a', '1', 1)], true));
    await settle();
    expect(s.result?.total).toBe(1);
  });

  it('waits for the index before searching, and asks an empty query nothing', async () => {
    const { stream, open } = streams();
    let loaded!: (v: SearchSources) => void;
    const s = new SearchSession(() => new Promise((r) => (loaded = r)), stream);
    s.ask('見守り', 2 * PAGE);
    expect(open).toEqual([]);
    loaded(sources);
    await settle();
    // A widened page (さらに表示) keeps its length while it is read.
    expect(open.map((o) => [o.query, o.firstPage])).toEqual([['見守り', 2 * PAGE]]);
    s.ask('  ', PAGE);
    expect(s.result).toBe(null);
    expect(open).toHaveLength(1);
  });

  it('says when the index cannot be loaded', async () => {
    const s = new SearchSession(() => Promise.reject(new Error('404')), streams().stream);
    await settle();
    expect((s.failed as Error).message).toBe('404');
  });

  it('stops reading when cancelled (the page has gone)', async () => {
    const { stream, open } = streams();
    const s = new SearchSession(async () => sources, stream);
    await settle();
    s.ask('見守り', PAGE);
    s.cancel();
    open[0].send(progress([hit('a', '1', 1)], true));
    await settle();
    expect(s.result).toBe(null);
  });
});

describe('groupByPlan', () => {
  it('orders plans by their best hit, and each plan’s hits best first', () => {
    const groups = groupByPlan([hit('a', '1', 0.2), hit('b', '2', 0.1), hit('a', '3', 0.05)]);
    expect(groups.map(([id, hs]) => [id, hs.map((h) => h.doc.nodeId)])).toEqual([
      ['a', ['3', '1']],
      ['b', ['2']],
    ]);
  });
});
