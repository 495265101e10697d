/**
 * The page side of the search bench (benchSearch.ts): our reader, as the app uses it, and
 * Pagefind's, behind one interface: the first page of results, and the whole answer.
 */
import { FIRST_PAGE, ShardIndex } from '../lib/search/shards/shardIndex';
import { httpStore } from '../lib/search/shards/store';
import { loadReadings } from '../lib/data/loadReadings';

interface Engine {
  first(q: string, n: number): Promise<{ ms: number; hits: number }>;
  all(q: string, limit: number): Promise<{ ms: number; total: number; exact: number; ids: string[] }>;
}

function ours(): Engine {
  // As the app reads a query: with the reading table (search/readings.json), fetched with the first query.
  const ready = loadReadings().then((r) => new ShardIndex(httpStore('search/'), r));
  return {
    async first(q, n) {
      const t = performance.now();
      const index = await ready;
      const it = index.search(q, n);
      const r = await it.next();
      void it.return(undefined);
      return { ms: performance.now() - t, hits: r.value ? r.value.hits.length : 0 };
    },
    async all(q) {
      const t = performance.now();
      let last = null;
      for await (const p of (await ready).search(q, 0)) last = p;
      return { ms: performance.now() - t, total: last?.total ?? 0, exact: last?.exact ?? 0, ids: [] };
    },
  };
}

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

async function pagefind(): Promise<Engine> {
  const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  return {
    async first(q, n) {
      const t = performance.now();
      const r = await pf.search(q);
      // As many as our first answer shows.
      const shown = await Promise.all((r?.results ?? []).slice(0, Math.min(n, FIRST_PAGE)).map((x) => x.data()));
      return { ms: performance.now() - t, hits: shown.length };
    },
    async all(q, limit) {
      const t = performance.now();
      const r = await pf.search(q);
      const ms = performance.now() - t;
      const results = r?.results ?? [];
      // Which pages they are, for recall, when there are few enough to load.
      const ids = results.length <= limit ? (await Promise.all(results.map((x) => x.data()))).map((d) => d.url) : [];
      return { ms, total: results.length, exact: results.length, ids };
    },
  };
}

const w = window as unknown as { engine: Promise<Engine> };
w.engine = new URLSearchParams(location.search).get('engine') === 'pagefind' ? pagefind() : Promise.resolve(ours());
