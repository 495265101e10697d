/**
 * Gallery at national scale (npm run bench, browser half): 1,741 councils in the gallery, in
 * headless Debian Chromium. Figures: first cards drawn, cards in the DOM, scroll frames while
 * the list scrolls top to bottom, and one keystroke in the filter → list updated.
 */
import { chromium } from 'playwright-core';
import { serve } from './serveDist';
import { nationalIndex } from './nationalGallery';

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    min: s[0],
    median: s[Math.floor(s.length / 2)],
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))],
    max: s[s.length - 1],
  };
};

export async function benchGallery(runs = 3) {
  const { server, url } = await serve('dist', 0, '/x/', { csp: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const body = JSON.stringify(nationalIndex());
  const first: number[] = [];
  const typed: number[] = [];
  let scroll: number[] = [];
  let inDom = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.route('**/plans/index.json', (r) => r.fulfill({ contentType: 'application/json', body }));
      await page.goto(`${url}/#/`);
      await page.locator('a[data-plan-id]').first().waitFor();
      first.push(
        await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))),
      );
      inDom = await page.locator('a[data-plan-id]').count();
      // Scroll the whole list in 2 s of frames (about 100 px a frame), recording rAF deltas.
      const deltas = (await page.evaluate(`new Promise((done) => {
        const out = []; let last = performance.now(); const end = document.documentElement.scrollHeight;
        const tick = (t) => { out.push(t - last); last = t; window.scrollBy(0, 100); if (window.scrollY + innerHeight < end - 10) requestAnimationFrame(tick); else done(out); };
        requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
      })`)) as number[];
      scroll = scroll.concat(deltas.slice(1));
      // One keystroke: the filter narrows 1,741 councils to those with 千 in a name or 基本理念.
      const input = page.getByLabel('名前・言葉で絞り込む');
      await input.focus();
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.type('千');
      await page.getByRole('status').filter({ hasText: '計画のうち' }).waitFor();
      typed.push(
        (await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))) - t0,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const out = {
    plans: 1741,
    cardsInDom: inDom,
    firstCardsMs: stats(first),
    scrollFrameMs: stats(scroll),
    filterKeystrokeMs: stats(typed),
  };
  console.log(
    `\n## gallery with 1,741 councils (1280×800; min / median / max of ${runs} runs; scroll frames: median / p95 of all)`,
  );
  console.log('| figure | value |');
  console.log('|---|---|');
  console.log(
    `| navigation → first cards drawn | ${[out.firstCardsMs.min, out.firstCardsMs.median, out.firstCardsMs.max].map((x) => x.toFixed(0)).join(' / ')} ms |`,
  );
  console.log(`| cards in the DOM | ${inDom} of 1,741 |`);
  console.log(
    `| scroll frames top → bottom (rAF delta) | median ${out.scrollFrameMs.median.toFixed(1)} ms, p95 ${out.scrollFrameMs.p95.toFixed(1)} ms (${out.scrollFrameMs.n} frames) |`,
  );
  console.log(
    `| one keystroke in the filter → list drawn | ${[out.filterKeystrokeMs.min, out.filterKeystrokeMs.median, out.filterKeystrokeMs.max].map((x) => x.toFixed(0)).join(' / ')} ms |`,
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGallery();
