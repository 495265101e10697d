import type { Progress, ShardIndex } from './shardIndex';

/** Several indexes' pages as one: by tier, then in the indexes' order, so each index's order is kept. */
export function mergeProgress(parts: Progress[], pageSize: number): Progress {
  const rows = parts.flatMap((p, k) => p.hits.map((hit, i) => ({ hit, tier: p.tiers[i], k, i })));
  rows.sort((a, b) => a.tier - b.tier || a.k - b.k || a.i - b.i);
  const page = rows.slice(0, pageSize);
  return {
    hits: page.map((r) => r.hit),
    tiers: page.map((r) => r.tier),
    total: parts.reduce((s, p) => s + p.total, 0),
    exact: parts.reduce((s, p) => s + p.exact, 0),
    plans: new Set(parts.flatMap((p) => [...p.plans])),
    complete: parts.every((p) => p.complete),
  };
}

/**
 * Searches every index at once (the published plans and those imported in this browser) and
 * yields the merged page each time any of them has more.
 */
export async function* searchAll(
  indexes: ShardIndex[],
  query: string,
  pageSize: number,
  firstPage?: number,
): AsyncGenerator<Progress> {
  const its = indexes.map((ix) => ix.search(query, pageSize, firstPage));
  const latest: Progress[] = indexes.map(() => ({
    hits: [],
    tiers: [],
    total: 0,
    exact: 0,
    plans: new Set(),
    complete: false,
  }));
  const next = (k: number) => its[k].next().then((r) => ({ k, r }));
  const pending = new Map(its.map((_, k) => [k, next(k)]));
  try {
    while (pending.size) {
      const { k, r } = await Promise.race(pending.values());
      if (r.done) {
        pending.delete(k);
        continue;
      }
      latest[k] = r.value;
      pending.delete(k);
      // Asked for more only once the page is taken: a query replaced by the next keystroke leaves no fetches behind.
      yield mergeProgress(latest, pageSize);
      pending.set(k, next(k));
    }
  } finally {
    // Stopped early (a new query): what is still on its way may fail unheard, not as an unhandled rejection.
    for (const p of pending.values()) p.catch(() => {});
    for (const it of its) void it.return(undefined).catch(() => {});
  }
}
