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
import { manyPages } from '../../tests/pdf/layouts';
import { launchForPdf, printPdf } from '../../tests/pdf/makePdf';
import { serve } from './serveDist';
import { readPdfFile } from '../lib/pdf/readPdfFile';

const PAGES = 50;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function benchPdf() {
  const browser = await launchForPdf();
  const { server, url } = await serve('dist');
  try {
    const pdf = await printPdf(browser, manyPages(PAGES), { running: '第1次大町地域福祉活動計画' });
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
    await page.locator('input[type="file"]').setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('status').filter({ hasText: '読み順に並べました' }).waitFor({ timeout: 120_000 });
    const browserMs = performance.now() - t1;
    const loaded = await page.evaluate((n) => performance.getEntriesByType('resource').slice(n).map((e) => ({ name: (e as PerformanceResourceTiming).name, bytes: (e as PerformanceResourceTiming).encodedBodySize })), before);
    const worker = readdirSync('dist/assets').find((f) => f.startsWith('pdf.worker'))!;
    const workerGzip = gzipSync(readFileSync(join('dist/assets', worker)), { level: 9 }).length;
    const onDemand = loaded.reduce((s, e) => s + e.bytes, 0);
    console.log(`\n## PDF: ${PAGES} pages, ${kb(pdf.length)}, ${text.split('\n').length} lines of text`);
    console.log('| path | ms |\n|---|---|');
    console.log(`| Node (npm run compile: read + reading order) | ${nodeMs.toFixed(0)} |`);
    console.log(`| import page (worker, from choosing the file to the text shown) | ${browserMs.toFixed(0)} |`);
    console.log(`loaded on demand: ${loaded.length} files, ${kb(onDemand)} as served (${loaded.map((e) => e.name.replace(/^.*\//, '')).join(', ')}); the worker is ${kb(workerGzip)} gzip`);
    await page.close();
    return { pages: PAGES, pdfBytes: pdf.length, nodeMs, browserMs, onDemandBytes: onDemand, onDemand: loaded, workerGzip };
  } finally {
    server.close();
    await browser.close();
  }
}
