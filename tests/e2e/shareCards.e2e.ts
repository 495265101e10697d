import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanIndex } from '../../src/lib/plan/schema';
import { launch } from './browser';

const SITE = 'https://fukushi.example.jp/keikaku/';
const index = JSON.parse(readFileSync('static/plans/index.json', 'utf8')) as PlanIndex;
const ids = [...index.plans, ...(index.samples ?? [])].map((p) => p.id);
const out = mkdtempSync(join(tmpdir(), 'wpe-site-url-'));

let browser: Browser;
beforeAll(async () => {
  // The site's build as a council runs it with its address: SITE_URL=… npm run build (the app part).
  await promisify(execFile)(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { env: { ...process.env, SITE_URL: SITE } },
  );
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

/** A PNG's size from its header (IHDR). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("share cards, with the site's address given at build (SITE_URL)", () => {
  it('every plan page has Open Graph and Twitter tags with absolute addresses, and its card image is there, 1200×630', () => {
    for (const id of ids) {
      const html = readFileSync(join(out, 'plan', id, 'index.html'), 'utf8');
      expect(html).toContain(`<meta property="og:url" content="${SITE}plan/${id}/">`);
      expect(html).toContain(`<meta property="og:image" content="${SITE}plan/${id}/card.png">`);
      expect(html).toContain(`<meta name="twitter:image" content="${SITE}plan/${id}/card.png">`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      expect(html).toContain(`<link rel="canonical" href="${SITE}plan/${id}/">`);
      expect(pngSize(readFileSync(join(out, 'plan', id, 'card.png')))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('the card shows the plan: dark text on the left, the coloured sunburst on the right', async () => {
    const png = readFileSync(join(out, 'plan', 'kasama', 'card.png')).toString('base64');
    const page = await browser.newPage();
    const counts = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let textLeft = 0;
      let colourRight = 0;
      for (let i = 0; i < data.length; i += 4) {
        const x = (i / 4) % img.width;
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (x < 560 && r < 90 && g < 90 && b < 90) textLeft++;
        if (x > 620 && Math.max(r, g, b) - Math.min(r, g, b) > 60) colourRight++;
      }
      return { textLeft, colourRight };
    }, `data:image/png;base64,${png}`);
    // Enough ink for a title and goals (a blank or missing font draws next to none), and a disc.
    expect(counts.textLeft).toBeGreaterThan(5_000);
    expect(counts.colourRight).toBeGreaterThan(100_000);
    await page.close();
  });

  it('writes sitemap.xml with the front page and every plan page', () => {
    const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(xml).toContain(`<loc>${SITE}</loc>`);
    for (const id of ids) expect(xml).toContain(`<loc>${SITE}plan/${id}/</loc>`);
  });
});
