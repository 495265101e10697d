/**
 * Lighthouse 12 (mobile preset: simulated slow 4G, 4× slower CPU) on the built app, served as
 * a static host would: with gzip and long-lived caching of assets/, and without compression.
 * Each page three times (min / median / max: the simulation starts from a real, noisy load).
 * Run by npm run bench (figures, not pass/fail); also alone: tsx src/cli/lighthouse.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { serve } from './serveDist';
import { benchTool, ensureBenchTools } from './benchTools';

/** What we use of Lighthouse (installed by the bench on demand, not a dependency: see benchTools.ts). */
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } } | undefined>;
/** Lighthouse's own chrome-launcher, which comes with it. */
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): unknown }>;
}
ensureBenchTools(['lighthouse']);
const { default: lighthouse } = await benchTool<{ default: Lighthouse }>('lighthouse');
const chromeLauncher = await import(/* @vite-ignore */ 'chrome-launcher' as string) as ChromeLauncher;

// plan: the app's route (index.html); planPage: the plan's own page, written by the build (plan/<id>/).
const PAGES = { gallery: '#/', plan: '#/plan/kasama?view=sunburst', planPage: 'plan/kasama/#view=sunburst', compare: '#/compare?plans=kasama,chiba' };
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

export interface Spread {
  runs: number[];
  min: number;
  median: number;
  max: number;
}

export interface LighthouseFigure {
  performance: Spread;
  accessibility: Spread;
  lcpMs: Spread;
}

type Figures = Record<string, Record<string, LighthouseFigure>>;

const spread = (runs: number[]): Spread => {
  const s = [...runs].sort((a, b) => a - b);
  return { runs, min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

async function measure(url: string, port: number) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], formFactor: 'mobile' });
  const lhr = result!.lhr;
  return { performance: lhr.categories.performance.score ?? 0, accessibility: lhr.categories.accessibility.score ?? 0, lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN };
}

export async function runLighthouse(): Promise<Figures> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const out: Figures = {};
  try {
    for (const gzip of [true, false]) {
      const { server, url } = await serve('dist', 0, '/x/', { csp: true, gzip });
      const served = gzip ? 'gzip' : 'uncompressed';
      out[served] = {};
      for (const [name, hash] of Object.entries(PAGES)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(`${url}/${hash}`, chrome.port));
        out[served][name] = { performance: spread(runs.map((r) => r.performance)), accessibility: spread(runs.map((r) => r.accessibility)), lcpMs: spread(runs.map((r) => r.lcpMs)) };
      }
      server.close();
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

export function printLighthouse(figures: Figures): void {
  const three = (s: Spread, f: (x: number) => string) => `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`;
  const score = (x: number) => x.toFixed(2);
  const ms = (x: number) => x.toFixed(0);
  console.log(`\n## Lighthouse 12 mobile (simulated slow 4G, 4× CPU; min / median / max of ${RUNS})`);
  console.log('goal with gzip: performance ≥ 0.99, LCP ≤ 1,500 ms (the plan\'s own page: ≤ 1,000 ms), accessibility 1.00; uncompressed: LCP ≤ 2,500 ms');
  console.log('| served | page | performance | LCP ms | accessibility |');
  console.log('|---|---|---|---|---|');
  for (const [served, pages] of Object.entries(figures)) {
    for (const [page, f] of Object.entries(pages)) console.log(`| ${served} | ${page} | ${three(f.performance, score)} | ${three(f.lcpMs, ms)} | ${three(f.accessibility, score)} |`);
  }
}

// Alone: print, and update the figures npm run bench last wrote.
if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runLighthouse();
  printLighthouse(figures);
  const file = 'bench/results.json';
  if (existsSync(file)) writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), lighthouse: figures }, null, 1)}\n`);
}
