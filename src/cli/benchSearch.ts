/**
 * Search at national scale, in headless Chromium, side by side with Pagefind: the synthetic
 * national corpus indexed by our sharded index and by Pagefind (same nodes, same folded text),
 * then for the same queries: bytes a first query transfers, cold and per-keystroke latency,
 * JS heap, and recall against a brute-force scan of the folded text.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { build } from 'vite';
import { serve } from './serveDist';
import type { SearchDoc } from '../lib/search/searchIndex';
import { buildShards } from '../lib/search/shards/buildShards';
import { termsOf } from '../lib/search/shards/matchBlock';
import { benchTool, ensureBenchTools } from './benchTools';

/** Variant spellings included: each pair must find the same nodes. */
export const SCALE_QUERIES = [
  'ボランティア',
  'ぼらんてぃあ',
  'ｻﾛﾝ',
  '見守り',
  '成年後見',
  '災害 ボランティア',
  'ボランテア',
  '地域福祉',
  '地域',
  '福祉',
  '子ども食堂',
  '相談支援',
  '助け合い',
  'たすけあい',
  '支えあい',
  '支え合い',
  '障害',
  '障がい',
  '子ども',
  '子供',
];
const PAGE = 50;
/** Pagefind's results are checked page by page for recall when there are at most this many. */
const RECALL_LIMIT = 1500;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Engine = 'ours' | 'pagefind';
const kb = (n: number) => (n / 1024).toFixed(1);
const keystrokes = (q: string) => [...q].map((_, i) => [...q].slice(0, i + 1).join('')).filter((p) => p.trim());

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
}

/** The truth: nodes whose folded text holds every word (titles only for one character, codes exactly). */
function bruteForce(docs: SearchDoc[], q: string): Set<string> {
  const terms = termsOf(q);
  return new Set(
    docs
      .filter((d) =>
        terms.every(
          (t) =>
            (t.code && d.c === t.code) ||
            (t.text.length === 1
              ? d.t.text.includes(t.text)
              : t.text.length > 1 && (d.t.text.includes(t.text) || d.d.includes(t.text))),
        ),
      )
      .map((d) => `${d.planId}/${d.nodeId}`),
  );
}

async function buildOurs(docs: SearchDoc[], plans: { id: string; council: string }[], dir: string) {
  const t = performance.now();
  const files = buildShards(docs, plans);
  let bytes = 0;
  for (const [path, raw] of files) {
    const gz = gzipSync(raw, { level: 9 });
    bytes += gz.length;
    mkdirSync(dirname(join(dir, 'search', path)), { recursive: true });
    writeFileSync(join(dir, 'search', path), gz);
  }
  // The reading table the app fetches with its first query, beside the index as in dist/search/.
  copyFileSync('static/search/readings.json', join(dir, 'search', 'readings.json'));
  return { buildMs: performance.now() - t, files: files.size, bytes };
}

/** The part of Pagefind's Node API the bench uses. */
interface PagefindApi {
  createIndex(o: object): Promise<{
    errors: string[];
    index?: { addCustomRecord(r: object): Promise<unknown>; writeFiles(o: object): Promise<{ errors: string[] }> };
  }>;
  close(): Promise<void>;
}

async function buildPagefind(docs: SearchDoc[], dir: string) {
  const t = performance.now();
  // Not a dependency of the app: installed for the bench only (benchTools.ts).
  ensureBenchTools(['pagefind']);
  const pagefind = await benchTool<PagefindApi>('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
  for (let i = 0; i < docs.length; i += 2000) {
    await Promise.all(
      docs.slice(i, i + 2000).map((d) =>
        index.addCustomRecord({
          url: `/${d.planId}/${d.nodeId}`,
          content: `${d.t.text} ${d.d}`,
          language: 'ja',
          meta: { title: d.title },
        }),
      ),
    );
  }
  const w = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (w.errors.length) throw new Error(`Pagefind: ${w.errors.join(', ')}`);
  await pagefind.close();
  const buildMs = performance.now() - t;
  const files = readdirSync(join(dir, 'pagefind'), { recursive: true })
    .map((f) => join(dir, 'pagefind', String(f)))
    .filter((f) => statSync(f).isFile());
  return { buildMs, files: files.length, bytes: files.reduce((s, f) => s + statSync(f).size, 0) };
}

/** Our reader for the page, bundled as the app bundles it. */
async function bundleEntry(dir: string) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: join(dir, 'bench'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: 'src/cli/benchSearchEntry.ts', formats: ['es'], fileName: () => 'entry.js' },
    },
  });
}

/** Bytes as sent (response bodies, as the server sent them) of the requests a step makes. */
async function bytesOf<T>(page: Page, step: () => Promise<T>): Promise<{ value: T; bytes: number; requests: number }> {
  const reqs: Request[] = [];
  const on = (r: Request) => reqs.push(r);
  page.on('request', on);
  const value = await step();
  page.off('request', on);
  const sizes = await Promise.all(reqs.map((r) => r.sizes().catch(() => ({ responseBodySize: 0 }))));
  return { value, bytes: sizes.reduce((s, x) => s + x.responseBodySize, 0), requests: reqs.length };
}

async function openEngine(browser: Browser, url: string, engine: Engine) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const load = await bytesOf(page, async () => {
    await page.goto(`${url}/bench.html?engine=${engine}`);
    await page.waitForFunction(() => (window as unknown as { engine?: unknown }).engine);
    await page.evaluate(() => (window as unknown as { engine: Promise<unknown> }).engine);
  });
  return { page, context, codeBytes: load.bytes };
}

const first = (page: Page, q: string) =>
  page.evaluate(
    ([q, n]) =>
      (
        window as unknown as { engine: Promise<{ first(q: string, n: number): Promise<{ ms: number; hits: number }> }> }
      ).engine.then((e) => e.first(q, n)),
    [q, PAGE] as const,
  );
const all = (page: Page, q: string) =>
  page.evaluate(
    ([q, n]) =>
      (
        window as unknown as {
          engine: Promise<{
            all(q: string, n: number): Promise<{ ms: number; total: number; exact: number; ids: string[] }>;
          }>;
        }
      ).engine.then((e) => e.all(q, n)),
    [q, RECALL_LIMIT] as const,
  );

/**
 * JS heap after a forced collection, plus array-buffer backing stores where Chromium reports
 * them (our shards and Pagefind's WASM memory live there, outside the JS heap).
 */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return (h.usedSize + (h.backingStorageSize ?? 0)) / 2 ** 20;
}

async function measureEngine(
  browser: Browser,
  url: string,
  engine: Engine,
  queryOf: (q: string) => string,
  truth: Map<string, Set<string>>,
) {
  // Cold: a fresh browser context (empty cache) per query, the engine's code loaded, nothing else.
  const cold: { q: string; ms: number; bytes: number; requests: number; codeBytes: number }[] = [];
  for (const q of SCALE_QUERIES) {
    const { page, context, codeBytes } = await openEngine(browser, url, engine);
    const r = await bytesOf(page, () => first(page, queryOf(q)));
    cold.push({ q, ms: r.value.ms, bytes: r.bytes, requests: r.requests, codeBytes });
    await context.close();
  }
  // Warm: one page, every keystroke of every query in turn.
  const { page, context } = await openEngine(browser, url, engine);
  const heapBefore = await heapMB(page);
  await first(page, queryOf('見守り'));
  const warm: number[] = [];
  const slow: [number, string][] = [];
  for (const q of SCALE_QUERIES)
    for (const p of keystrokes(q)) {
      const ms = (await first(page, queryOf(p))).ms;
      warm.push(ms);
      slow.push([ms, p]);
    }
  slow.sort((a, b) => b[0] - a[0]);
  const recall: Record<string, { truth: number; found: number; complete: number; ms: number; recall: number | null }> =
    {};
  for (const q of SCALE_QUERIES) {
    const r = await all(page, queryOf(q));
    const t = truth.get(q)!;
    // Ours: exact hits are exact by construction (positions); Pagefind: checked page by page when few.
    const hit =
      engine === 'ours'
        ? Math.min(r.exact, t.size)
        : r.ids.length
          ? r.ids.filter((u) => t.has(u.slice(1))).length
          : null;
    recall[q] = {
      truth: t.size,
      found: r.exact,
      complete: r.ms,
      ms: r.ms,
      recall: hit === null ? null : t.size ? hit / t.size : 1,
    };
  }
  const heapAfter = await heapMB(page);
  await context.close();
  return {
    cold,
    coldStats: stats(cold.map((c) => c.ms)),
    firstBytes: stats(cold.map((c) => c.bytes)),
    warm: stats(warm),
    slowest: slow
      .slice(0, 6)
      .map(([ms, p]) => `${p} ${ms.toFixed(0)} ms`)
      .join(', '),
    heapMB: { before: heapBefore, after: heapAfter },
    recall,
  };
}

export async function benchSearchScale(docs: SearchDoc[], plans: { id: string; council: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const fold = (q: string) =>
    termsOf(q)
      .map((t) => t.text)
      .join(' ');
  try {
    const ours = await buildOurs(docs, plans, dir);
    // Pagefind takes minutes to index the national corpus: BENCH_PAGEFIND=0 measures ours alone.
    let pagefind: Awaited<ReturnType<typeof buildPagefind>> | { error: string } = {
      error: 'skipped (BENCH_PAGEFIND=0)',
    };
    if (process.env.BENCH_PAGEFIND !== '0') {
      try {
        pagefind = await buildPagefind(docs, dir);
      } catch (e) {
        pagefind = { error: (e as Error).message };
      }
    }
    await bundleEntry(dir);
    const truth = new Map(SCALE_QUERIES.map((q) => [q, bruteForce(docs, q)]));
    const html =
      '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench/entry.js"></script>';
    const { server, url } = await serve(dir, 0, '/x/', { csp: false, pages: { '/bench.html': html } });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ARGS,
    });
    try {
      const out: Record<string, unknown> = {
        nodes: docs.length,
        gzip: 'no host compression: both write their index files gzip-compressed; bytes are response bodies as sent',
        ours: { ...ours, ...(await measureEngine(browser, url, 'ours', (q) => q, truth)) },
      };
      if ('error' in pagefind) out.pagefind = pagefind;
      else out.pagefind = { ...pagefind, ...(await measureEngine(browser, url, 'pagefind', fold, truth)) };
      return out;
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type EngineResult = Awaited<ReturnType<typeof measureEngine>> & { buildMs: number; files?: number; bytes?: number };

/** The side-by-side table, then one row per query. */
export function printSearchScale(r: Awaited<ReturnType<typeof benchSearchScale>>): void {
  const o = r.ours as EngineResult;
  const p = (r.pagefind as { error?: string }).error ? null : (r.pagefind as EngineResult);
  const col = (f: (e: EngineResult) => string) => `| ${f(o)} | ${p ? f(p) : (r.pagefind as { error: string }).error} |`;
  const recallMin = (e: EngineResult) => {
    const xs = Object.values(e.recall)
      .map((x) => x.recall)
      .filter((x): x is number => x !== null);
    return xs.length ? `${(Math.min(...xs) * 100).toFixed(1)} % (min over ${xs.length} queries)` : 'n/a';
  };
  console.log(
    `\n## search at national scale, in headless Chromium: ${Number(r.nodes).toLocaleString()} nodes (${r.gzip}; loopback)`,
  );
  console.log('| | ours (sharded) | Pagefind 1.6 |');
  console.log('|---|---|---|');
  console.log(
    `| index build s ${col((e) => (e.buildMs / 1000).toFixed(1))}`.replace('| index build s |', '| index build s |'),
  );
  console.log(
    `| index files / MB ${col((e) => (e.files ? `${e.files.toLocaleString()} / ${(e.bytes! / 2 ** 20).toFixed(1)}` : '—'))}`,
  );
  console.log(`| engine code KB (loaded with the page) ${col((e) => kb(e.cold[0].codeBytes))}`);
  console.log(
    `| first query KB transferred p50 / max ${col((e) => `${kb(e.firstBytes.p50)} / ${kb(e.firstBytes.max)}`)}`,
  );
  console.log(
    `| cold first query ms p50 / max ${col((e) => `${e.coldStats.p50.toFixed(0)} / ${e.coldStats.max.toFixed(0)}`)}`,
  );
  console.log(
    `| warm keystroke ms p50 / p95 (${o.warm.n} keystrokes) ${col((e) => `${e.warm.p50.toFixed(1)} / ${e.warm.p95.toFixed(1)}`)}`,
  );
  console.log(`| slowest warm keystrokes ${col((e) => e.slowest)}`);
  console.log(
    `| JS heap + array buffers MB after GC: page open → after all queries ${col((e) => `${e.heapMB.before.toFixed(1)} → ${e.heapMB.after.toFixed(1)}`)}`,
  );
  console.log(`| recall of exact matches vs brute-force scan ${col(recallMin)}`);
  console.log(
    `\n(first ${PAGE} results with their titles; cold = fresh context, empty cache; ours streams: complete = every block read)`,
  );
  console.log(
    '| query | brute force | ours found | ours first KB | ours cold ms | ours complete ms | Pagefind found | Pagefind recall | Pagefind first KB | Pagefind cold ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [i, q] of SCALE_QUERIES.entries()) {
    const a = o.recall[q];
    const pc = p?.cold[i];
    const pr = p?.recall[q];
    console.log(
      `| ${q} | ${a.truth} | ${a.found} | ${kb(o.cold[i].bytes)} | ${o.cold[i].ms.toFixed(0)} | ${a.complete.toFixed(0)} | ${pr?.found ?? '—'} | ${pr?.recall === null || !pr ? '—' : `${(pr.recall * 100).toFixed(1)} %`} | ${pc ? kb(pc.bytes) : '—'} | ${pc ? pc.ms.toFixed(0) : '—'} |`,
    );
  }
}
