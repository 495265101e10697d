/**
 * Lighthouse 12 (mobile preset: simulated slow 4G, 4× slower CPU) on the built app, served as
 * a static host would: with gzip and long-lived caching of assets/, and without compression.
 * Run by npm run bench (figures, not pass/fail); also alone: tsx src/cli/lighthouse.ts.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../../tests/e2e/server';

const PAGES = { gallery: '#/', plan: '#/plan/kasama?view=sunburst', compare: '#/compare?plans=kasama,chiba' };

export interface LighthouseFigure {
  performance: number;
  accessibility: number;
  lcpMs: number;
}

export async function runLighthouse(): Promise<Record<string, Record<string, LighthouseFigure>>> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const out: Record<string, Record<string, LighthouseFigure>> = {};
  try {
    for (const gzip of [true, false]) {
      const { server, url } = await serve('dist', 0, '/x/', { csp: true, gzip });
      const served = gzip ? 'gzip' : 'uncompressed';
      out[served] = {};
      for (const [name, hash] of Object.entries(PAGES)) {
        const result = await lighthouse(`${url}/${hash}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
        const lhr = result!.lhr;
        out[served][name] = {
          performance: lhr.categories.performance.score ?? 0,
          accessibility: lhr.categories.accessibility.score ?? 0,
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
        };
      }
      server.close();
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

export function printLighthouse(figures: Record<string, Record<string, LighthouseFigure>>): void {
  console.log('\n## Lighthouse 12 mobile (simulated slow 4G, 4× CPU)');
  console.log('| served | page | performance | LCP ms | accessibility |');
  console.log('|---|---|---|---|---|');
  for (const [served, pages] of Object.entries(figures)) for (const [page, f] of Object.entries(pages)) console.log(`| ${served} | ${page} | ${f.performance.toFixed(2)} | ${f.lcpMs.toFixed(0)} | ${f.accessibility.toFixed(2)} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) printLighthouse(await runLighthouse());
