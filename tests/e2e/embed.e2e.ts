import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { baseUrl, launch, openPage, settled, watch } from './browser';
import { serve } from './server';

let browser: Browser;
let host: { server: Server; url: string };
let plain: { server: Server; url: string };
let scripts: { server: Server; url: string };
/** Pages of a council's site that a test writes at run time (what an admin pasted). */
const pasted: Record<string, string> = {};
beforeAll(async () => {
  browser = await launch();
  // A council's own page on another origin: it embeds us and sizes the iframe from our message.
  const hostPage = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>笠間市社協のページ</title></head><body>
<h1>わたしたちの地域福祉活動計画</h1>
<iframe id="plan" src="${baseUrl()}/council-site/#/plan/kasama?view=sunburst&embed=1" title="笠間市の地域福祉活動計画" loading="lazy" width="100%" height="300" style="border:0"></iframe>
<script>
addEventListener('message', (e) => {
  if (e.data && e.data.type === 'welfare-plan-explorer:height') {
    document.getElementById('plan').height = e.data.height;
    document.body.dataset.height = e.data.height;
  }
});
</script></body></html>`;
  host = await serve('dist', 0, '/x/', { csp: false, pages: Object.assign(pasted, { '/host.html': hostPage }) });
  plain = await serve('dist', 0, '/x/', { csp: false });
  // Our site as a council might host it: scripts shared across sites (CORS), plan files not.
  scripts = await serve('dist', 0, '/x/', { csp: false, cors: (path) => path.endsWith('.js') });
});
afterAll(async () => {
  await browser?.close();
  host?.server.close();
  plain?.server.close();
  scripts?.server.close();
});

const countNodes = (id: string) => {
  let n = 0;
  walk((JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan).root, () => n++);
  return n;
};
/** The 書き出し menu holds the download buttons. */
const openExport = (page: Page) => page.locator('details.export > summary').click();
const text = async (d: Download) => readFileSync((await d.path())!, 'utf8');

describe('embedding', () => {
  it('an iframe on another origin shows the plan without app chrome and receives its height', async () => {
    const { page } = await watch(await browser.newPage({ viewport: { width: 1100, height: 900 } }));
    await page.goto(`${host.url}/host.html`);
    const frame = page.frameLocator('#plan');
    await frame.locator('path.arc').first().waitFor();
    expect(await frame.locator('header.app-bar').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.height ?? 0))).toBeGreaterThan(400);
    expect(await page.locator('#plan').getAttribute('height')).toBe(await page.evaluate(() => document.body.dataset.height));
  });

  it('the 埋め込み dialog gives an iframe snippet with a title and lazy loading, and previews it', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=tree');
    await page.getByRole('button', { name: '埋め込み' }).click();
    const code = await page.getByLabel('埋め込みコード').inputValue();
    expect(code).toMatch(/^<iframe id="[^"]+" src="[^"]+#\/plan\/kasama\?view=tree&amp;embed=1" title="笠間市社会福祉協議会 [^"]+" loading="lazy"/);
    await page.frameLocator('dialog iframe').locator('g.node').first().waitFor();
  });

  it('the <welfare-plan> custom element renders a plan on a plain HTML page', async () => {
    const { page } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await page.goto(`${plain.url}/element.html`);
    const el = page.locator('welfare-plan');
    await expect.poll(() => el.locator('svg [data-node-id]').count()).toBe(countNodes('kasama'));
    await el.getByRole('button', { name: 'アウトライン' }).click();
    await expect.poll(() => el.locator('[role="treeitem"]').count()).toBe(countNodes('kasama'));
  });
});

describe('embedding as pasted', () => {
  for (const width of [375, 1280]) {
    it(`the copied snippet, pasted into a council page on another site, sizes itself to show everything at ${width} px`, async () => {
      const { page } = await openPage(browser, '/#/plan/kasama?view=sunburst');
      await page.getByRole('button', { name: '埋め込み' }).click();
      const code = await page.getByLabel('埋め込みコード').inputValue();
      pasted['/pasted.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>社協のページ</title></head><body><h1>地域福祉活動計画</h1>\n${code}\n<p>ページの続き</p></body></html>`;
      const { page: site } = await watch(await browser.newPage({ viewport: { width, height: 900 } }));
      await site.goto(`${host.url}/pasted.html`);
      const frame = site.frameLocator('iframe');
      await frame.locator('path.arc').first().waitFor();
      const inner = () => site.frames()[1].evaluate(() => document.documentElement.scrollHeight);
      // The snippet's own script set the height from the page's message: nothing is cut off.
      await expect.poll(async () => Number(await site.locator('iframe').getAttribute('height'))).toBe(await inner());
      expect(await frame.locator('.panel').isVisible()).toBe(true);
      await site.locator('iframe').scrollIntoViewIfNeeded();
    });
  }

  it('without its script (a CMS that strips it), the iframe still shows the whole diagram', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=sunburst');
    await page.getByRole('button', { name: '埋め込み' }).click();
    const code = (await page.getByLabel('埋め込みコード').inputValue()).replace(/<script>[\s\S]*<\/script>/, '');
    pasted['/stripped.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社協</title></head><body>${code}</body></html>`;
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await site.goto(`${host.url}/stripped.html`);
    await site.frameLocator('iframe').locator('path.arc').first().waitFor();
    const frameHeight = Number(await site.locator('iframe').getAttribute('height'));
    const diagramBottom = await site.frames()[1].evaluate(() => document.querySelector('.diagram')!.getBoundingClientRect().bottom);
    expect(diagramBottom).toBeLessThanOrEqual(frameHeight);
  });

  it('<welfare-plan> on another site says, in the page, that the plan files need CORS headers', async () => {
    pasted['/element-cors.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社協</title><script type="module" src="${scripts.url}/welfare-plan.js"></script></head><body><welfare-plan plan="kasama">計画を開く</welfare-plan></body></html>`;
    const { page } = await watch(await browser.newPage(), { expect: [/CORS|Failed to load resource|net::ERR_FAILED/] });
    await page.goto(`${host.url}/element-cors.html`);
    const alert = page.locator('welfare-plan').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Access-Control-Allow-Origin');
    expect((await page.locator('welfare-plan').boundingBox())!.height).toBeGreaterThan(20);
  });
});

describe('export', () => {
  it('downloads an SVG that parses and contains every visible label, with title, council and period', async () => {
    const { page } = await openPage(browser, '/#/plan/chiba?node=2');
    await settled(page);
    const labels = await page.locator('text[data-label-for] tspan').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(5);
    await openExport(page);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(dl.suggestedFilename()).toBe('chiba-sunburst.svg');
    const svg = await text(dl);
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text, tspan')].map((t) => t.textContent ?? '') };
    }, svg);
    expect(parsed.error).toBeNull();
    for (const l of labels) expect(parsed.texts).toContain(l);
    expect(parsed.texts.join()).toContain('千葉市社会福祉協議会 ・ 令和4年度～令和8年度');
    expect(svg).not.toMatch(/style="/); // presentation attributes only: safe under any CSP
    // A picture, not a screen: no 「▲ 戻る」 control, a legend, and the full text of shortened labels.
    expect(parsed.texts).not.toContain('▲ 戻る');
    for (const key of ['重点', '新規', '再掲']) expect(parsed.texts).toContain(key);
    const shortened = await page.locator('text[data-full]').evaluateAll((els) => els.map((e) => e.getAttribute('data-full')));
    for (const full of shortened) expect(parsed.texts).toContain(full);
  });

  it('downloads a PNG at twice the size, and the whole tree as SVG', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=tree');
    await page.locator('svg[role="application"] > g:not(.animate) g.node').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await openExport(page);
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    const svg = await text(svgDl);
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
    const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PNG/ }).click()]);
    const png = readFileSync((await pngDl.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    // Decoded from its bytes (a data: image is what the site's CSP refuses).
    const size = await page.evaluate(async (b64) => {
      const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      return [img.width, img.height];
    }, png.toString('base64'));
    expect(size).toEqual([width * 2, height * 2]);
  });

  it('downloads the plan as JSON and as a CSV with one row per node', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa?view=outline');
    await page.getByRole('tree').waitFor();
    await openExport(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const rows = (await text(csv)).trimEnd().split('\r\n');
    expect(rows.length - 1).toBe(countNodes('okegawa'));
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    expect(JSON.parse(await text(json)).id).toBe('okegawa');
  });
});
