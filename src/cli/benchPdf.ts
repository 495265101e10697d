/**
 * PDF half of npm run bench: time to read a 50-page plan PDF (printed here by Chromium) in
 * Node (the CLI's path) and on the import page (the worker), and what the page loads on demand
 * for it. Needs dist/ and Debian's Chromium.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { manyPages } from './planPdfPages';
import { launchForPdf, printPdf } from './printPdf';
import { serve } from './serveDist';
import { readPdfFile } from '../lib/pdf/readPdfFile';

const PAGES = 50;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** One 50-page PDF read in Node and on the import page. */
async function timeRead(browser: Awaited<ReturnType<typeof launchForPdf>>, url: string, pdf: Buffer) {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-pdf-')), 'plan.pdf');
  writeFileSync(file, pdf);
  const t0 = performance.now();
  const { text } = await readPdfFile(file);
  const nodeMs = performance.now() - t0;
  const page = await browser.newPage();
  await page.goto(`${url}/#/import`, { waitUntil: 'networkidle' });
  await page.getByLabel('計画のテキスト').waitFor();
  const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
  const t1 = performance.now();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('status').filter({ hasText: '読み順に並べました' }).waitFor({ timeout: 120_000 });
  const browserMs = performance.now() - t1;
  const loaded = await page.evaluate(
    (n) =>
      performance
        .getEntriesByType('resource')
        .slice(n)
        .map((e) => ({
          name: (e as PerformanceResourceTiming).name,
          bytes: (e as PerformanceResourceTiming).encodedBodySize,
        })),
    before,
  );
  await page.close();
  return { lines: text.split('\n').length, nodeMs, browserMs, loaded };
}

export async function benchPdf() {
  const browser = await launchForPdf();
  const { server, url } = await serve('dist');
  try {
    const html = manyPages(PAGES);
    const pdf = await printPdf(browser, html, { running: '第1次大町地域福祉活動計画' });
    // The same plan printed tagged: its structure tree is read too (issue 25).
    const taggedPdf = await printPdf(browser, html, { running: '第1次大町地域福祉活動計画', tagged: true });
    const { lines, nodeMs, browserMs, loaded } = await timeRead(browser, url, pdf);
    const tagged = await timeRead(browser, url, taggedPdf);
    const worker = readdirSync('dist/assets').find((f) => f.startsWith('pdf.worker'))!;
    const workerGzip = gzipSync(readFileSync(join('dist/assets', worker)), { level: 9 }).length;
    const onDemand = loaded.reduce((s, e) => s + e.bytes, 0);
    console.log(`\n## PDF: ${PAGES} pages, ${kb(pdf.length)} (tagged ${kb(taggedPdf.length)}), ${lines} lines of text`);
    console.log('| path | untagged ms | tagged ms |\n|---|---|---|');
    console.log(
      `| Node (npm run compile: read + reading order) | ${nodeMs.toFixed(0)} | ${tagged.nodeMs.toFixed(0)} |`,
    );
    console.log(
      `| import page (worker, from choosing the file to the text shown) | ${browserMs.toFixed(0)} | ${tagged.browserMs.toFixed(0)} |`,
    );
    console.log(
      `loaded on demand: ${loaded.length} files, ${kb(onDemand)} as served (${loaded.map((e) => e.name.replace(/^.*\//, '')).join(', ')}); the worker is ${kb(workerGzip)} gzip`,
    );
    return {
      pages: PAGES,
      pdfBytes: pdf.length,
      nodeMs,
      browserMs,
      taggedNodeMs: tagged.nodeMs,
      taggedBrowserMs: tagged.browserMs,
      onDemandBytes: onDemand,
      onDemand: loaded,
      workerGzip,
    };
  } finally {
    server.close();
    await browser.close();
  }
}
