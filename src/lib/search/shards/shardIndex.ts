import type { Hit } from '../search';
import {
  bucketOf,
  EXACT_TIERS,
  FIELD,
  FORMAT_VERSION,
  fragmentPath,
  listsOf,
  MANIFEST,
  shardPath,
  type Fragment,
  type Manifest,
} from './format';
import { docOf, exactHit, planOfDoc, planStarts, strangerTerms, typoHits } from './fragments';
import { keysOf, matchBlock, termsOf, TYPO, type Term } from './matchBlock';
import { readPostings, readShard, type PostingList } from './postings';
import { StoreError, type Store } from './store';
import { NO_READINGS, type Readings } from '../../text/readings';

/** What the page shows so far: one page of hits in full, and how many there are. */
export interface Progress {
  hits: Hit[];
  /** Tier of each hit (0 title or code, 1 body, 2 title by reading, 3 body by reading, then TYPO for near spellings), for ordering across plans. */
  tiers: number[];
  total: number;
  /** Of which exact (every word as written, after folding); the rest are near spellings. */
  exact: number;
  /** Plans with at least one hit. */
  plans: Set<string>;
  /** Every block read: the count is final. */
  complete: boolean;
}

/** Typo candidates checked per query at most, and per step (each needs its fragment). */
export const MAX_TYPO_CHECKS = 60;
const TYPO_BATCH = 20;
/**
 * Hits shown from the first block: a browser fetches about six files at a time from one host
 * (HTTP/1.1), and each hit may need its own fragment file; the rest of the page comes with the
 * next block. Measured with npm run bench.
 */
export const FIRST_PAGE = 10;
/** Files kept decoded in memory; a session's typing reuses them. */
const CACHE_FILES = 3000;
const utf8 = new TextDecoder();

interface Acc {
  exact: number[][];
  near: { doc: number; shared: number; typoTerms: number[] }[];
  checked: number;
  typo: { doc: number; hit: Hit }[];
  /** Plans with a hit, added to as hits arrive (not recounted at every block). */
  plans: Set<string>;
  /** Title-by-reading hits: their terms matched only there, and which of them match the body by reading too (matchBlock). */
  byTitleReading: Map<number, { terms: number; bodyToo: number }>;
}

/** Where a doc goes in an ascending list (the first place not before it). */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an ascending list holds a doc id in [from, to). */
function hasDocIn(sorted: number[], from: number, to: number): boolean {
  const at = lowerBound(sorted, from);
  return at < sorted.length && sorted[at] < to;
}

const exactCount = (acc: Acc) => acc.exact.reduce((s, docs) => s + docs.length, 0);

/**
 * Reads a sharded index (buildShards.ts) from a store: the manifest once, then for each block
 * only the shards the query's keys hash to, then the fragments of the hits it shows. Results
 * stream: a Progress after every block, the first as soon as the first block is read.
 */
export class ShardIndex {
  private files = new Map<string, Promise<unknown>>();
  private manifestP: Promise<Manifest> | null = null;
  private planOf: ((doc: number) => number) | null = null;
  private starts: number[] | null = null;

  /** `readings`: the shipped reading table (loadReadings), with which queries are read; none: as written only. */
  constructor(
    private readonly store: Store,
    private readonly readings: Readings = NO_READINGS,
  ) {}

  private cached<T>(path: string, parse: (b: Uint8Array) => T): Promise<T> {
    let p = this.files.get(path) as Promise<T> | undefined;
    if (!p) {
      if (this.files.size >= CACHE_FILES) this.files.delete(this.files.keys().next().value!);
      p = this.store(path).then(parse);
      this.files.set(path, p);
      p.catch(() => this.files.delete(path));
    }
    return p;
  }

  manifest(): Promise<Manifest> {
    this.manifestP ??= this.cached(MANIFEST, (b) => {
      const m = JSON.parse(utf8.decode(b)) as Manifest;
      // Written by another version of the format (an old cached manifest, or a newer build): say so rather than read it wrong.
      if (m.version !== FORMAT_VERSION)
        throw new StoreError('検索データの版が合いません。ページを再読み込みしてください。');
      return m;
    });
    this.manifestP.catch(() => (this.manifestP = null));
    return this.manifestP;
  }

  /** One block's postings for the keys, one shard file per bucket they fall in. */
  private async block(m: Manifest, b: number, keys: string[]): Promise<(key: string) => PostingList[]> {
    const buckets = new Set(keys.map((k) => bucketOf(k, m.buckets)));
    const bodies = new Map<string, Uint8Array>();
    const wanted = new Set(keys);
    const shards = await Promise.all([...buckets].map((k) => this.cached(shardPath(m.files, b, k), (x) => x)));
    for (const s of shards) readShard(s, wanted, bodies);
    const decoded = new Map<string, PostingList[]>();
    return (key) => {
      let d = decoded.get(key);
      if (!d) {
        const { lists, positional } = listsOf(key);
        decoded.set(key, (d = readPostings(bodies.get(key), lists, positional)));
      }
      return d;
    };
  }

  private async fragment(m: Manifest, doc: number) {
    const chunk = await this.cached(
      fragmentPath(m.files, Math.floor(doc / m.fragmentDocs)),
      (b) => JSON.parse(utf8.decode(b)) as Fragment[],
    );
    return docOf(chunk[doc % m.fragmentDocs], m.plans[this.planOf!(doc)].id);
  }

  /** Checks typo candidates (most shared bigrams first) while the exact hits do not fill a page. */
  private async checkTypos(m: Manifest, acc: Acc, terms: Term[], pageSize: number): Promise<void> {
    const room = Math.min(MAX_TYPO_CHECKS - acc.checked, acc.near.length, TYPO_BATCH);
    if (exactCount(acc) + acc.typo.length >= pageSize || room <= 0) return;
    acc.near.sort((a, b) => b.shared - a.shared || a.doc - b.doc);
    const batch = acc.near.splice(0, room);
    acc.checked += batch.length;
    const docs = await Promise.all(batch.map((c) => this.fragment(m, c.doc)));
    const hits = typoHits(
      batch.map((c, i) => ({ doc: docs[i], typoTerms: c.typoTerms })),
      terms,
    );
    const byDoc = new Map(docs.map((d, i) => [d, batch[i].doc]));
    acc.typo.push(...hits.map((hit) => ({ doc: byDoc.get(hit.doc)!, hit })));
    for (const h of hits) acc.plans.add(h.doc.planId);
    acc.typo.sort((a, b) => a.hit.score - b.hit.score || a.doc - b.doc);
  }

  /**
   * Title hits by reading pass the homophones guard at the spot, on the title itself, as in
   * search.ts. A stranger the postings let through (中止 → 中心) moves down to the body-by-reading
   * tier where its body matches that way too (search.ts falls back so), else it leaves the results
   * and the count. Returns whether the page changed.
   */
  private settleStrangers(m: Manifest, acc: Acc, page: [number, number][], hits: Hit[], terms: Term[]): boolean {
    const strangers = new Set<number>();
    page.forEach(([doc, tier], i) => {
      const info = acc.byTitleReading.get(doc);
      if (tier !== FIELD.r || !info) return;
      const refused = strangerTerms(hits[i].doc, terms, this.readings) & info.terms;
      if (!refused) return;
      strangers.add(doc);
      const body = acc.exact[FIELD.rd];
      if ((refused & ~info.bodyToo) === 0) body.splice(lowerBound(body, doc), 0, doc);
    });
    if (!strangers.size) return false;
    for (const doc of strangers) acc.byTitleReading.delete(doc);
    acc.exact[FIELD.r] = acc.exact[FIELD.r].filter((doc) => !strangers.has(doc));
    this.forgetPlansOnlyStrangersFound(m, acc, strangers);
    return true;
  }

  /** A plan whose only hits were strangers is no longer counted among the plans found. */
  private forgetPlansOnlyStrangersFound(m: Manifest, acc: Acc, strangers: Set<number>): void {
    const starts = (this.starts ??= planStarts(m));
    for (const doc of strangers) {
      const plan = this.planOf!(doc);
      const [from, to] = [starts[plan], starts[plan + 1]];
      const stillFound =
        acc.exact.some((docs) => hasDocIn(docs, from, to)) || acc.typo.some((t) => t.doc >= from && t.doc < to);
      if (!stillFound) acc.plans.delete(m.plans[plan].id);
    }
  }

  private async progress(m: Manifest, acc: Acc, terms: Term[], pageSize: number, complete: boolean): Promise<Progress> {
    await this.checkTypos(m, acc, terms, pageSize);
    let page: [number, number][];
    let hits: Hit[];
    for (;;) {
      page = [];
      acc.exact.forEach((docs, tier) => {
        for (let i = 0; i < docs.length && page.length < pageSize; i++) page.push([docs[i], tier]);
      });
      hits = await Promise.all(
        page.map(async ([doc, tier]) => exactHit(await this.fragment(m, doc), terms, tier, this.readings)),
      );
      if (!this.settleStrangers(m, acc, page, hits, terms)) break;
    }
    const typo = acc.typo.slice(0, pageSize - hits.length);
    return {
      hits: [...hits, ...typo.map((t) => t.hit)],
      tiers: [...page.map(([, t]) => t), ...typo.map(() => TYPO)],
      total: exactCount(acc) + acc.typo.length,
      exact: exactCount(acc),
      plans: new Set(acc.plans),
      complete,
    };
  }

  /**
   * Every word must match (AND). Exact hits come first (title or code, then body, then by
   * reading), then near spellings; within a tier in plan order, so hits of one tier keep their
   * order as the rest arrive (a better tier found in a later block goes before them).
   */
  async *search(query: string, pageSize = 50, firstPage = Math.min(pageSize, FIRST_PAGE)): AsyncGenerator<Progress> {
    const m = await this.manifest();
    const planOf = (this.planOf ??= planOfDoc(m));
    const terms = termsOf(query, this.readings);
    const acc: Acc = {
      exact: Array.from({ length: EXACT_TIERS }, () => []),
      near: [],
      checked: 0,
      typo: [],
      plans: new Set(),
      byTitleReading: new Map(),
    };
    if (!terms.length || !m.docs)
      return yield { hits: [], tiers: [], total: 0, exact: 0, plans: new Set(), complete: true };
    const keys = [...new Set(terms.flatMap(keysOf))];
    let next = this.block(m, 0, keys);
    let limit = Math.min(pageSize, firstPage);
    for (let b = 0; b < m.blocks; b++) {
      const get = await next;
      const r = matchBlock(terms, get);
      const base = b * m.blockDocs;
      r.tiers.forEach((docs, tier) => acc.exact[tier].push(...docs.map((d) => d + base)));
      for (const [d, info] of r.byTitleReading) acc.byTitleReading.set(d + base, info);
      for (const docs of r.tiers) for (const d of docs) acc.plans.add(m.plans[planOf(d + base)].id);
      acc.near.push(...r.near.map((n) => ({ ...n, doc: n.doc + base })));
      const last = b === m.blocks - 1;
      yield await this.progress(m, acc, terms, limit, last && limit === pageSize);
      // Only a reader that asks for more gets the next block: a keystroke that replaced this query
      // leaves no fetches behind to compete with the new one's.
      if (!last) next = this.block(m, b + 1, keys);
      else if (limit < pageSize) yield await this.progress(m, acc, terms, pageSize, true);
      limit = pageSize;
    }
  }
}
