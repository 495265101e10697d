import type { SearchSources } from '../data/loadSearch';
import type { Hit } from '../search/search';
import type { ShardIndex, Progress } from '../search/shards/shardIndex';

/** Results shown at first, and added by each さらに表示. */
export const PAGE = 50;

/** Streams a query's results across every plan's index, a page at a time (searchAll). */
export type SearchStream = (
  indexes: ShardIndex[],
  query: string,
  pageSize: number,
  firstPage?: number,
) => AsyncIterable<Progress>;

/** The results so far for the query asked (as typed). */
export type SearchResult = Progress & { q: string };

/** Plans in the order of their best hit; within a plan, best first. */
export function groupByPlan(hits: readonly Hit[]): (readonly [string, Hit[]])[] {
  const groups = new Map<string, Hit[]>();
  for (const h of hits) groups.set(h.doc.planId, [...(groups.get(h.doc.planId) ?? []), h]);
  return [...groups].map(([id, hs]) => [id, [...hs].sort((a, b) => a.score - b.score)] as const);
}

/**
 * A search across all plans, as state its page draws: the index loading, the results streaming
 * in as the index's blocks arrive, a query that failed (with a retry), and the previous
 * query's stream dropped once another is asked. Asking is a command, not a reaction.
 */
export class SearchSession {
  sources = $state.raw<SearchSources | null>(null);
  /** The index could not be loaded at all. */
  failed = $state.raw<unknown>(null);
  result = $state.raw<SearchResult | null>(null);
  /** A query that could not be answered (a shard not fetched): said, with a retry; the next query starts clean. */
  queryFailed = $state.raw<{ q: string; error: unknown } | null>(null);
  /** The query asked last and how many results it shows, for a retry. */
  private asked: { q: string; limit: number } | null = null;
  /** Bumped by every ask and cancel: a stream whose number is not the latest stops being read. */
  private generation = 0;

  constructor(
    load: () => Promise<SearchSources>,
    private readonly stream: SearchStream,
  ) {
    load().then(
      (sources) => {
        this.sources = sources;
        if (this.asked) this.ask(this.asked.q, this.asked.limit);
      },
      (error) => (this.failed = error),
    );
  }

  /** Looks for `q`, showing `limit` results (after さらに表示 the list keeps its length while the wider page is read). */
  ask(q: string, limit: number): void {
    const generation = ++this.generation;
    this.asked = { q, limit };
    this.queryFailed = null;
    const query = q.trim();
    if (!this.sources || !query) {
      this.result = null;
      return;
    }
    const fresh = () => generation === this.generation;
    void this.read(this.stream(this.sources.indexes, query, limit, limit > PAGE ? limit : undefined), q, fresh);
  }

  /** The query that failed, once more. */
  retry(): void {
    if (this.asked) this.ask(this.asked.q, this.asked.limit);
  }

  /** Stops reading the current stream (the page is gone). */
  cancel(): void {
    this.generation++;
    // An index that arrives after the page is gone asks nothing.
    this.asked = null;
  }

  private async read(results: AsyncIterable<Progress>, q: string, fresh: () => boolean): Promise<void> {
    try {
      for await (const p of results) {
        if (!fresh()) return;
        this.result = { ...p, q };
      }
    } catch (error) {
      if (fresh()) this.queryFailed = { q, error };
    }
  }
}
