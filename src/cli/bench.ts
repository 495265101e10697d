/**
 * npm run bench: figures, not pass/fail.
 * Search latency per keystroke (median, p95) over the five seed plans and over a synthetic
 * national corpus (1,741 plans × ~150 nodes from the seeds' own phrases), for plain fuse.js
 * and for our design (folding + bigram prefilter + fuse.js on the few typo candidates).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { buildIndex, docsOf, type SearchDoc } from '../lib/search/searchIndex';
import { search } from '../lib/search/search';
import type { Plan } from '../lib/plan/schema';
import { prepareReadings } from '../lib/text/readings';
import { READINGS_FILE } from './readingTable';
import { nationalCorpus } from './nationalCorpus';
import { benchToolsFor, ensureBenchTools } from './benchTools';

// npm run bench -- --serve: try the app with the synthetic national corpus instead of measuring.
if (process.argv.includes('--serve')) await (await import('./serveNational')).serveNational();
else ensureBenchTools(benchToolsFor(process.env)); // Lighthouse, sunburst-chart, Pagefind: not in package.json

const QUERIES = [
  'ボランティア',
  'ぼらんてぃあ',
  'ｻﾛﾝ',
  '見守り',
  '成年後見',
  '災害 ボランティア',
  'ボランテア',
  '地域福祉',
  '子ども食堂',
  '相談支援',
  '助け合い',
  'たすけあい',
  '支えあい',
  '障害',
  '取組',
];
/** The reading table npm run compile wrote from the seeds (the national corpus is made of their phrases). */
const readings = prepareReadings(JSON.parse(readFileSync(READINGS_FILE, 'utf8')));

const seeds: Plan[] = readdirSync('static/plans')
  .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.includes('sample'))
  .map((f) => JSON.parse(readFileSync(`static/plans/${f}`, 'utf8')));

/** Every prefix a person types, one keystroke at a time (spaces included). */
const keystrokes = (q: string) => [...q].map((_, i) => [...q].slice(0, i + 1).join('')).filter((p) => p.trim());

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function plainFuse(docs: SearchDoc[]) {
  const fuse = new Fuse(
    docs.map((d) => ({ title: d.title, description: d.d })),
    { keys: ['title', 'description'], ignoreLocation: true, threshold: 0.4 },
  );
  return (q: string) => fuse.search(q);
}

/**
 * Memory in use after a full collection: the JS heap plus array buffers (the index's postings
 * are typed arrays, which live outside the heap). Needs node --expose-gc; npm run bench passes it.
 */
function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('npm run bench で実行してください(node --expose-gc が必要です)');
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function measure(name: string, docs: SearchDoc[], plainEvery: number) {
  // Memory: the heap the index keeps alive, between two forced collections (never negative:
  // nothing else is allocated in between that survives). Build time: three builds.
  const builds: number[] = [];
  let index: ReturnType<typeof buildIndex> | null = null;
  let mem = 0;
  for (let i = 0; i < 3; i++) {
    index = null; // the previous build goes before the heap is measured
    const before = heapAfterGc();
    builds.push(time(() => (index = buildIndex(docs, readings))));
    mem = (heapAfterGc() - before) / 2 ** 20;
  }
  const build = stats(builds).median;
  const ours: number[] = [];
  const plain: number[] = [];
  const fuse = plainFuse(docs);
  let k = 0;
  const slow: [number, string][] = [];
  for (const q of QUERIES)
    for (const p of keystrokes(q)) {
      const ms = time(() => search(index!, p));
      ours.push(ms);
      slow.push([ms, p]);
      if (k++ % plainEvery === 0) plain.push(time(() => fuse(p)));
    }
  const o = stats(ours);
  const f = stats(plain);
  const b = stats(builds);
  console.log(
    `\n## ${name}: ${docs.length.toLocaleString()} nodes (index build min/median/max ${[Math.min(...builds), b.median, b.max].map((x) => x.toFixed(0)).join(' / ')} ms; ${mem.toFixed(1)} MB (heap + array buffers) kept by the index, measured between forced GCs; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`,
  );
  console.log('| design | keystrokes | median ms | p95 ms | max ms |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| plain fuse.js 7 (ignoreLocation, threshold 0.4) | ${f.n} | ${f.median.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.max.toFixed(1)} |`,
  );
  console.log(
    `| ours (fold + bigram prefilter + fuse.js on typo candidates) | ${o.n} | ${o.median.toFixed(2)} | ${o.p95.toFixed(2)} | ${o.max.toFixed(2)} |`,
  );
  (results.search as Record<string, unknown>)[name] = {
    nodes: docs.length,
    buildMs: { runs: builds, median: build },
    heapMB: {
      value: mem,
      method: 'heapUsed + arrayBuffers after global.gc(), minus the same before the build (--expose-gc)',
    },
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    plainFuse: f,
    ours: o,
  };
  console.log(
    `p95 speed-up: ${(f.p95 / o.p95).toFixed(0)}×; slowest keystrokes: ${slow
      .sort((a, b) => b[0] - a[0])
      .slice(0, 4)
      .map(([ms, p]) => `${p} ${ms.toFixed(1)} ms`)
      .join(', ')}`,
  );
  return { index: index!, fuse };
}

// The compiler on long and deep texts (Node): BENCH_ONLY=compile stops after it.
const { benchCompile } = await import('./benchCompile');
const compileRows = benchCompile();
if (process.env.BENCH_ONLY === 'compile') process.exit(0);

console.log(`# npm run bench — search (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  compile: compileRows,
  search: {},
};
const seedDocs = seeds.flatMap((p) => docsOf(p, undefined, readings));
const { index } = measure('five seed plans', seedDocs, 1);
console.log('\nfinds (councils with a hit): plain fuse.js vs ours');
const fuse = plainFuse(seedDocs);
for (const q of QUERIES) {
  const plainPlans = new Set(fuse(q).map((r) => seedDocs[r.refIndex].planId)).size;
  const ours = search(index, q);
  const byReading = ours.hits.filter((h) => h.via === 'reading').length;
  console.log(
    `  ${q.padEnd(10, '　')} plain ${String(fuse(q).length).padStart(3)} hits / ${plainPlans} councils   ours ${String(ours.total).padStart(3)} hits / ${new Set(ours.hits.map((h) => h.doc.planId)).size} councils (${byReading} by reading)`,
  );
}
const national = nationalCorpus(seeds, 1741, 150);
const nationalDocs = national.flatMap((p) => docsOf(p, undefined, readings));
measure('national corpus (1,741 plans × 150 nodes)', nationalDocs, 8);

// The same corpus as static files: our sharded index beside Pagefind's, in headless Chromium.
const { benchSearchScale, printSearchScale } = await import('./benchSearch');
results.searchScale = await benchSearchScale(
  nationalDocs,
  national.map((p) => ({ id: p.id, council: p.council })),
);
printSearchScale(results.searchScale as Awaited<ReturnType<typeof benchSearchScale>>);
if (process.env.BENCH_ONLY === 'search') {
  // Only this key is new: the rest of an earlier run's figures stay.
  const old = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ ...old, searchScale: results.searchScale }, null, 1)}\n`);
}

if (process.env.BENCH_ONLY === 'search') process.exit(0);
// The browser half: sizes, load, and rendering at scale in headless Debian Chromium.
const { benchBrowser } = await import('./benchBrowser');
results.browser = await benchBrowser();
const { benchGallery } = await import('./benchGallery');
results.gallery = await benchGallery();
const { benchImport } = await import('./benchImport');
results.importPaste = await benchImport();
const { benchPdf } = await import('./benchPdf');
results.pdf = await benchPdf();
// First view as Lighthouse measures it (mobile preset), gzip and uncompressed.
const { runLighthouse, printLighthouse } = await import('./lighthouse');
results.lighthouse = await runLighthouse();
printLighthouse(results.lighthouse as Awaited<ReturnType<typeof runLighthouse>>);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 1)}\n`);
console.log('\n→ bench/results.json');
