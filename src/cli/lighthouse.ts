/**
 * Lighthouse 12 (mobile preset: simulated slow 4G, 4× slower CPU) on the built app, served as
 * a static host would: with gzip and long-lived caching of assets/ over HTTP/1.1 (`gzip`), the
 * same over HTTP/2 with TLS as every real static host serves it (`h2`: one connection, so the
 * stylesheet does not wait for a second one; TLS adds a round trip to the first), and without
 * compression (`uncompressed`).
 * Each page three times (min / median / max: the simulation starts from a real, noisy load).
 * Pages: every published plan's own page (plan/<id>/, what a shared link or a search result
 * opens), the gallery and the compare page. Run by npm run bench (figures, not pass/fail); also
 * alone: tsx src/cli/lighthouse.ts. While working on one page:
 *   LIGHTHOUSE_PAGES=okegawa,gallery LIGHTHOUSE_SERVED=gzip LIGHTHOUSE_DETAIL=1 tsx src/cli/lighthouse.ts
 * (LIGHTHOUSE_DIST: another build folder, e.g. a copy of an older build to compare with.)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serveDist';
import { benchTool, ensureBenchTools } from './benchTools';

/** What we use of Lighthouse (installed by the bench on demand, not a dependency: see benchTools.ts). */
type Lhr = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: unknown }>;
};
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
/** Lighthouse's own chrome-launcher, which comes with it. */
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): unknown }>;
}
ensureBenchTools(['lighthouse']);
const { default: lighthouse } = await benchTool<{ default: Lighthouse }>('lighthouse');
const chromeLauncher = (await import(/* @vite-ignore */ 'chrome-launcher' as string)) as ChromeLauncher;

const DIST = process.env.LIGHTHOUSE_DIST ?? 'dist';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(',').filter(Boolean);
const SERVED = (process.env.LIGHTHOUSE_SERVED ?? 'gzip,h2,uncompressed').split(',');
const DETAIL = !!process.env.LIGHTHOUSE_DETAIL;
/** Uncompressed, fewer pages: the slowest plan page stands for the others. */
const UNCOMPRESSED_PAGES = ['gallery', 'compare', 'okegawa'];

/** The pages measured, by name: the gallery, the compare page and each published plan's page. */
function pages(): Record<string, string> {
  const index = JSON.parse(readFileSync(join(DIST, 'plans', 'index.json'), 'utf8')) as {
    plans: { id: string }[];
    samples?: { id: string }[];
  };
  const plans = [...index.plans, ...(index.samples ?? [])].map((p) => p.id);
  const all: Record<string, string> = { gallery: '#/', compare: '#/compare?plans=kasama,chiba' };
  for (const id of plans) if (existsSync(join(DIST, 'plan', id, 'index.html'))) all[id] = `plan/${id}/`;
  return all;
}

export interface Spread {
  runs: number[];
  min: number;
  median: number;
  max: number;
}

const METRICS = ['performance', 'lcpMs', 'fcpMs', 'tbtMs', 'cls', 'siMs', 'accessibility'] as const;
type Metric = (typeof METRICS)[number];
export type LighthouseFigure = Record<Metric, Spread>;

type Figures = Record<string, Record<string, LighthouseFigure>>;

const spread = (runs: number[]): Spread => {
  const s = [...runs].sort((a, b) => a - b);
  return { runs, min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

type Items = { items?: unknown[] } | undefined;

/** What moved the largest paint: its element, its parts (TTFB, load delay, render delay) and the longest request chain. */
function lcpDetail(lhr: Lhr): string {
  const parts = (lhr.audits['largest-contentful-paint-element'].details as Items)?.items as
    { items?: Record<string, unknown>[] }[] | undefined;
  const node = parts?.[0]?.items?.[0]?.node as
    { selector?: string; nodeLabel?: string; boundingRect?: { width: number; height: number } } | undefined;
  const phases = (parts?.[1]?.items ?? []).map((p) => `${p.phase} ${Math.round(Number(p.timing))}`).join(', ');
  const chains = lhr.audits['critical-request-chains'].details as
    { longestChain?: { duration: number; length: number; transferSize: number } } | undefined;
  const chain = chains?.longestChain
    ? `${chains.longestChain.length} requests, ${Math.round(chains.longestChain.duration)} ms observed, ${chains.longestChain.transferSize} B`
    : 'none';
  const tasks = ((lhr.audits['long-tasks'].details as Items)?.items ?? []) as { url: string; duration: number }[];
  const longest = tasks
    .slice(0, 4)
    .map((t) => `${t.url.replace(/^.*\//, '') || '(page)'} ${Math.round(t.duration)}`)
    .join(', ');
  const size = node?.boundingRect
    ? `${Math.round(node.boundingRect.width)}×${Math.round(node.boundingRect.height)}`
    : '';
  return `LCP element: ${node?.selector ?? '?'} ${size} 「${(node?.nodeLabel ?? '').slice(0, 24)}」\n    phases: ${phases}\n    critical chain: ${chain}\n    long tasks (simulated ms): ${longest || 'none'}`;
}

async function measure(url: string, port: number): Promise<Record<Metric, number> & { detail: string }> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    formFactor: 'mobile',
  });
  const lhr = result!.lhr;
  const value = (id: string) => lhr.audits[id].numericValue ?? NaN;
  return {
    performance: lhr.categories.performance.score ?? 0,
    accessibility: lhr.categories.accessibility.score ?? 0,
    lcpMs: value('largest-contentful-paint'),
    fcpMs: value('first-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    siMs: value('speed-index'),
    detail: lcpDetail(lhr),
  };
}

export async function runLighthouse(): Promise<Figures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The h2 server's certificate is made for the run (src/cli/serveDist.ts).
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors'],
  });
  const out: Figures = {};
  try {
    for (const served of SERVED) {
      const { server, url } = await serve(DIST, 0, '/x/', {
        csp: true,
        gzip: served !== 'uncompressed',
        http2: served === 'h2',
      });
      out[served] = {};
      for (const [name, path] of Object.entries(pages())) {
        if (ONLY ? !ONLY.includes(name) : served === 'uncompressed' && !UNCOMPRESSED_PAGES.includes(name)) continue;
        const runs: Awaited<ReturnType<typeof measure>>[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(`${url}/x/${path}`, chrome.port));
        out[served][name] = Object.fromEntries(
          METRICS.map((m) => [m, spread(runs.map((r) => r[m]))]),
        ) as LighthouseFigure;
        if (DETAIL) {
          const median = runs.toSorted((a, b) => a.lcpMs - b.lcpMs)[Math.floor(runs.length / 2)];
          console.log(`${served} ${name} (median LCP run): ${median.detail}`);
        }
      }
      server.close();
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

export function printLighthouse(figures: Figures): void {
  const score = (x: number) => x.toFixed(2);
  const ms = (x: number) => x.toFixed(0);
  const three = (s: Spread, f: (x: number) => string) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
  console.log(`\n## Lighthouse 12 mobile (simulated slow 4G, 4× CPU; median (min–max) of ${RUNS})`);
  console.log(
    "goal with gzip: a plan's own page LCP ≤ 1,000 ms and performance ≥ 0.99; gallery and compare performance ≥ 0.99, LCP ≤ 1,500 ms; accessibility 1.00; uncompressed: LCP ≤ 2,500 ms",
  );
  console.log('| served | page | performance | LCP ms | FCP ms | TBT ms | CLS | SI ms | accessibility |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [served, byPage] of Object.entries(figures)) {
    for (const [page, f] of Object.entries(byPage)) {
      console.log(
        `| ${served} | ${page} | ${three(f.performance, score)} | ${three(f.lcpMs, ms)} | ${three(f.fcpMs, ms)} | ${three(f.tbtMs, ms)} | ${f.cls.median.toFixed(3)} | ${three(f.siMs, ms)} | ${score(f.accessibility.median)} |`,
      );
    }
  }
}

// Alone: print, and update the figures npm run bench last wrote.
if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runLighthouse();
  printLighthouse(figures);
  const file = 'bench/results.json';
  if (existsSync(file) && !process.env.LIGHTHOUSE_DIST)
    writeFileSync(
      file,
      `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), lighthouse: figures }, null, 1)}\n`,
    );
}
