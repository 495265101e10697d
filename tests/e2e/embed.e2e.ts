import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { axe, baseUrl, launch, openPage, settled, watch } from './browser';
import { serve } from './server';
import { FALLBACK_HEIGHT } from '../../src/lib/state/postHeight';

let browser: Browser;
let host: { server: Server; url: string };
let plain: { server: Server; url: string };
let scripts: { server: Server; url: string };
/** Our site where every file is shared across sites (CORS): what a sandboxed frame needs. */
let shared: { server: Server; url: string };
/** Our site on a host that answers unknown paths with index.html (most SPA hosts and CMSs). */
let spa: { server: Server; url: string };
/** A council's page with its own strict CSP. */
let strict: { server: Server; url: string };
/** Council pages are on `localhost`: another SITE than the app's `127.0.0.1` (a default context then blocks the app's storage). */
const otherSite = (url: string) => url.replace('127.0.0.1', 'localhost');
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
  shared = await serve('dist', 0, '/x/', { cors: () => true });
  spa = await serve('dist', 0, '/x/', { spa: true, cors: () => true });
  strict = await serve('dist', 0, '/none/', {
    csp: false,
    pages: strictPages,
    pagesCsp: `default-src 'self'; frame-src ${baseUrl()}`,
  });
});
const strictPages: Record<string, string> = {};
afterAll(async () => {
  await browser?.close();
  host?.server.close();
  plain?.server.close();
  scripts?.server.close();
  shared?.server.close();
  spa?.server.close();
  strict?.server.close();
});

/** The iframe snippet's box in the 埋め込み dialog. */
const frameCodeBox = (page: Page) => page.getByLabel(/^埋め込みコード(\(iframe\))?$/);
/** The snippet the 埋め込み dialog gives for a plan page. */
async function copiedSnippet(hash: string): Promise<string> {
  const { page } = await openPage(browser, `/${hash}`);
  await page.getByRole('button', { name: '埋め込み' }).click();
  const code = await frameCodeBox(page).inputValue();
  await page.close();
  return code;
}
const councilPage = (body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>社協のページ</title></head><body><h1>地域福祉活動計画</h1>\n${body}\n<p>ページの続き</p></body></html>`;

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
    await page.goto(`${otherSite(host.url)}/host.html`);
    const frame = page.frameLocator('#plan');
    await frame.locator('path.arc').first().waitFor();
    expect(await frame.locator('header.app-bar').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.height ?? 0))).toBeGreaterThan(400);
    expect(await page.locator('#plan').getAttribute('height')).toBe(
      await page.evaluate(() => document.body.dataset.height),
    );
  });

  it('the 埋め込み dialog gives an iframe snippet with a title and lazy loading, and the <welfare-plan> snippet, and previews it', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=tree');
    await page.getByRole('button', { name: '埋め込み' }).click();
    const code = await frameCodeBox(page).inputValue();
    expect(code).toMatch(
      /^<iframe id="[^"]+" data-welfare-plan src="[^"]+#\/plan\/kasama\?view=tree&amp;embed=1" title="笠間市社会福祉協議会 [^"]+" loading="lazy"/,
    );
    const element = await page.getByLabel('埋め込みコード(カスタム要素)').inputValue();
    expect(element).toContain(`<script type="module" src="${baseUrl()}/welfare-plan.js"></script>`);
    expect(element).toMatch(
      /<welfare-plan plan="kasama" view="tree"><a href="[^"]+#\/plan\/kasama">笠間市社会福祉協議会 .+を開く<\/a><\/welfare-plan>/,
    );
    await page.frameLocator('dialog iframe').locator('g.node').first().waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('the 埋め込み dialog says 「コピーしました」 only when the code was copied, and what to do when the clipboard refuses', async () => {
    const { page, problems } = await watch(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
    // A browser that refuses the clipboard (an http page, a locked-down PC, a denied permission).
    await page.addInitScript(
      () => (navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'))),
    );
    await page.goto(`${baseUrl()}/#/plan/kasama?view=tree`);
    await page.getByRole('button', { name: '埋め込み' }).click();
    for (const button of ['iframe のコードをコピー', 'カスタム要素のコードをコピー']) {
      await page.getByRole('button', { name: button }).click();
      const status = page.getByRole('button', { name: button }).locator('xpath=following-sibling::*[@role="status"]');
      await expect.poll(() => status.innerText()).toContain('コピーできませんでした');
      expect(await status.innerText()).not.toContain('コピーしました');
    }
    expect(problems).toEqual([]);
  });

  it('the <welfare-plan> snippet from the dialog, pasted into a page on another site, shows the plan', async () => {
    const { page } = await openPage(browser, '/#/plan/chiba?view=sunburst');
    await page.getByRole('button', { name: '埋め込み' }).click();
    // From a site that shares its files (CORS), as the dialog says it must.
    const element = (await page.getByLabel('埋め込みコード(カスタム要素)').inputValue()).replaceAll(
      baseUrl(),
      `${shared.url}/x`,
    );
    pasted['/element-pasted.html'] = councilPage(element);
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await site.goto(`${otherSite(host.url)}/element-pasted.html`);
    await site.locator('welfare-plan path.arc').first().waitFor();
    expect(await site.locator('welfare-plan h2.title').innerText()).toContain('千葉市');
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
      const code = await frameCodeBox(page).inputValue();
      pasted['/pasted.html'] = councilPage(code);
      const { page: site } = await watch(await browser.newPage({ viewport: { width, height: 900 } }));
      await site.goto(`${otherSite(host.url)}/pasted.html`);
      const frame = site.frameLocator('iframe');
      await frame.locator('path.arc').first().waitFor();
      const inner = () => site.frames()[1].evaluate(() => document.documentElement.scrollHeight);
      // The snippet's own script set the height from the page's message: nothing is cut off.
      await expect.poll(async () => Number(await site.locator('iframe').getAttribute('height'))).toBe(await inner());
      // The frame is as tall as what it shows: no empty band below the plan (it shrinks from the snippet's 860 px too).
      const content = await site
        .frames()[1]
        .evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));
      expect(Number(await site.locator('iframe').getAttribute('height')) - content).toBeLessThan(16);
      expect(await frame.locator('.panel').isVisible()).toBe(true);
      await site.locator('iframe').scrollIntoViewIfNeeded();
    });
  }

  it("on a slow line, the frame keeps the snippet's height while the plan loads (the council's page does not jump), then fits the plan", async () => {
    const code = await copiedSnippet('#/plan/kasama?view=sunburst');
    pasted['/slow.html'] = councilPage(code);
    const site = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const { problems } = await watch(site);
    // Every height the frame posts, as the host page receives it.
    await site.addInitScript(() => {
      const seen: number[] = ((window as unknown as { heights: number[] }).heights = []);
      addEventListener('message', (e) => e.data?.type === 'welfare-plan-explorer:height' && seen.push(e.data.height));
    });
    // The plan arrives only once the page has told its height while loading.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await site.context().route('**/plans/kasama.json', async (route) => {
      await held;
      await route.continue();
    });
    await site.goto(`${otherSite(host.url)}/slow.html`);
    const heights = () => site.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    const whileLoading = await heights();
    release();
    await site.frameLocator('iframe').locator('path.arc').first().waitFor();
    expect(Math.min(...whileLoading)).toBeGreaterThanOrEqual(FALLBACK_HEIGHT);
    const content = () =>
      site.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => Number(await site.locator('iframe').getAttribute('height'))).toBe(await content());
    expect(problems).toEqual([]);
  });

  it('without its script (a CMS that strips it), the iframe still shows the whole diagram', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=sunburst');
    await page.getByRole('button', { name: '埋め込み' }).click();
    const code = (await frameCodeBox(page).inputValue()).replace(/<script>[\s\S]*<\/script>/, '');
    pasted['/stripped.html'] =
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社協</title></head><body>${code}</body></html>`;
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await site.goto(`${otherSite(host.url)}/stripped.html`);
    await site.frameLocator('iframe').locator('path.arc').first().waitFor();
    const frameHeight = Number(await site.locator('iframe').getAttribute('height'));
    const diagramBottom = await site
      .frames()[1]
      .evaluate(() => document.querySelector('.diagram')!.getBoundingClientRect().bottom);
    expect(diagramBottom).toBeLessThanOrEqual(frameHeight);
  });

  it('<welfare-plan> on another site says, in the page, that the plan files need CORS headers', async () => {
    pasted['/element-cors.html'] =
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社協</title><script type="module" src="${scripts.url}/welfare-plan.js"></script></head><body><welfare-plan plan="kasama">計画を開く</welfare-plan></body></html>`;
    const { page } = await watch(await browser.newPage(), { expect: [/CORS|Failed to load resource|net::ERR_FAILED/] });
    await page.goto(`${otherSite(host.url)}/element-cors.html`);
    const alert = page.locator('welfare-plan').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('Access-Control-Allow-Origin');
    expect((await page.locator('welfare-plan').boundingBox())!.height).toBeGreaterThan(20);
  });
});

describe('embedding in field conditions', () => {
  it('the embedded アウトライン is as tall as its list: no item runs out of its card or under the side panel', async () => {
    const { page, problems } = await openPage(browser, '/#/plan/okegawa?view=outline&embed=1', {
      width: 700,
      height: 900,
    });
    const items = page.locator('[role="treeitem"]');
    await expect.poll(() => items.count()).toBe(countNodes('okegawa'));
    const box = (await page.locator('.diagram').boundingBox())!;
    const last = (await items.last().boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height + 1);
    const panel = await page.locator('.panel').boundingBox();
    if (panel) expect(panel.y).toBeGreaterThanOrEqual(last.y + last.height - 1);
    expect(problems).toEqual([]);
  });

  it('the same snippet pasted twice: both iframes size themselves', async () => {
    const code = await copiedSnippet('#/plan/kasama?view=sunburst');
    pasted['/twice.html'] = councilPage(`${code}\n<p>もう一度</p>\n${code}`);
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await site.goto(`${otherSite(host.url)}/twice.html`);
    const frames = site.locator('iframe');
    expect(await frames.count()).toBe(2);
    for (const i of [0, 1]) {
      await frames.nth(i).scrollIntoViewIfNeeded();
      const frame = site.frameLocator('iframe').nth(i);
      await frame.locator('path.arc').first().waitFor();
      const inner = () => frame.locator('html').evaluate((html) => html.scrollHeight);
      await expect.poll(async () => Number(await frames.nth(i).getAttribute('height'))).toBe(await inner());
    }
  });

  it('in an iframe the CMS sandboxed (allow-scripts only), on a site that shares its files, the plan shows and sizes itself', async () => {
    const code = (await copiedSnippet('#/plan/kasama?view=sunburst'))
      .replace('<iframe ', '<iframe sandbox="allow-scripts" ')
      .replaceAll(baseUrl(), `${shared.url}/x`);
    pasted['/sandboxed.html'] = councilPage(code);
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await site.goto(`${otherSite(host.url)}/sandboxed.html`);
    const frame = site.frameLocator('iframe');
    await frame.locator('path.arc').first().waitFor();
    expect(await frame.locator('h1, h2').first().innerText()).toContain('笠間市');
    const inner = () => frame.locator('html').evaluate((html) => html.scrollHeight);
    await expect.poll(async () => Number(await site.locator('iframe').getAttribute('height'))).toBe(await inner());
  });

  it('in an iframe sandboxed without scripts, the frame shows readable text and a link, not a blank box', async () => {
    const code = (await copiedSnippet('#/plan/kasama?view=sunburst'))
      .replace('<iframe ', '<iframe sandbox="" ')
      .replace(/<script>[\s\S]*<\/script>/, '')
      .replaceAll(baseUrl(), `${shared.url}/x`);
    pasted['/no-scripts.html'] = councilPage(code);
    // The browser says, in the console, that it blocked the frame's scripts: that is this test's condition.
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }), {
      expect: [/Blocked script execution/],
    });
    await site.goto(`${otherSite(host.url)}/no-scripts.html`);
    const frame = site.frameLocator('iframe');
    await expect.poll(() => frame.locator('body').innerText()).toContain('地域福祉活動計画エクスプローラー');
    expect(await frame.locator('body').innerText()).toContain('ここでは計画の図を表示できません');
    const link = frame.getByRole('link', { name: /新しいタブで開く/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    // A link to a new tab needs allow-popups in such a frame: the text tells the site's web admin what to add.
    expect(await frame.locator('body').innerText()).toContain('iframe の sandbox に allow-popups を加えてください');
    expect((await link.boundingBox())!.height).toBeGreaterThan(10);
  });

  it('sandboxed (allow-scripts) on a site that does not share its files: the app cannot load, and the frame says so instead of staying blank', async () => {
    const code = (await copiedSnippet('#/plan/kasama?view=sunburst')).replace(
      '<iframe ',
      '<iframe sandbox="allow-scripts" ',
    );
    pasted['/sandboxed-no-cors.html'] = councilPage(code);
    // The browser refuses the frame's module and styles (CORS from origin "null"): this test's condition.
    const refused = [/CORS policy/, /Failed to load resource/, /preloaded using link preload/];
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }), {
      expect: refused,
    });
    await site.goto(`${otherSite(host.url)}/sandboxed-no-cors.html`);
    const frame = site.frameLocator('iframe');
    await expect.poll(() => frame.locator('body').innerText()).toContain('ここでは計画の図を表示できません');
    expect(await frame.getByRole('link', { name: /新しいタブで開く/ }).count()).toBe(1);
  });

  it('visitors whose browser runs the app never see that text, not even for a moment', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await watch(page);
    // Checked at the first moment the page has a body, and again when the plan shows.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { seenAtStart: string }).seenAtStart = document.body.innerText;
      });
    });
    await page.goto(`${baseUrl()}/#/plan/kasama`);
    await page.locator('path.arc').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { seenAtStart: string }).seenAtStart)).not.toContain(
      '表示できません',
    );
    expect(await page.locator('body').innerText()).not.toContain('表示できません');
  });

  it('on a council page with its own strict CSP (no inline scripts or styles), the iframe shows the whole plan without a violation', async () => {
    const code = (await copiedSnippet('#/plan/kasama?view=sunburst')).replace(/<script>[\s\S]*<\/script>/, '');
    strictPages['/strict.html'] = councilPage(code);
    const { page: site } = await watch(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
    await site.goto(`${otherSite(strict.url)}/strict.html`);
    const frame = site.frameLocator('iframe');
    await frame.locator('path.arc').first().waitFor();
    const frameHeight = Number(await site.locator('iframe').getAttribute('height'));
    const diagramBottom = await frame.locator('.diagram').evaluate((d) => d.getBoundingClientRect().bottom);
    expect(diagramBottom).toBeLessThanOrEqual(frameHeight);
  });
});

describe('unknown plans on hosts that answer every path with index.html', () => {
  it('the plan page says 見つかりませんでした', async () => {
    const { page } = await watch(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
    await page.goto(`${spa.url}/x/#/plan/nowhere`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('見つかりませんでした');
    expect(await alert.innerText()).not.toMatch(/壊れて|JSON|Unexpected/);
  });

  it('the custom element says, in Japanese, that the plan is not there', async () => {
    pasted['/element-unknown.html'] = councilPage(
      `<script type="module" src="${spa.url}/x/welfare-plan.js"></script><welfare-plan plan="nowhere">計画を開く</welfare-plan>`,
    );
    const { page } = await watch(await browser.newPage());
    await page.goto(`${otherSite(host.url)}/element-unknown.html`);
    const alert = page.locator('welfare-plan').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('計画「nowhere」が見つかりません');
    expect(await alert.innerText()).not.toMatch(/Unexpected|JSON|token/);
  });
});

describe('export', () => {
  it('downloads an SVG that parses and contains every visible label, with title, council and period', async () => {
    const { page } = await openPage(browser, '/#/plan/chiba?node=2');
    await settled(page);
    const labels = await page
      .locator('text[data-label-for] tspan')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(5);
    await openExport(page);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(dl.suggestedFilename()).toBe('chiba-sunburst.svg');
    const svg = await text(dl);
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text, tspan')].map((t) => t.textContent ?? ''),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    for (const l of labels) expect(parsed.texts).toContain(l);
    expect(parsed.texts.join()).toContain('千葉市社会福祉協議会 ・ 令和4年度～令和8年度');
    expect(svg).not.toMatch(/style="/); // presentation attributes only: safe under any CSP
    // A picture, not a screen: no 「▲ 戻る」 control, a legend, and the full text of shortened labels.
    expect(parsed.texts).not.toContain('▲ 戻る');
    for (const key of ['重点', '新規', '再掲']) expect(parsed.texts).toContain(key);
    const shortened = await page
      .locator('text[data-full]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-full')));
    for (const full of shortened) expect(parsed.texts).toContain(full);
  });

  it('downloads a PNG at twice the size, and the whole tree as SVG', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=tree');
    await page.locator('svg[role="application"] > g:not(.animate) g.node').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await openExport(page);
    const [svgDl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svg = await text(svgDl);
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
    const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);
    const [pngDl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /PNG/ }).click(),
    ]);
    const png = readFileSync((await pngDl.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    // Decoded from its bytes (a data: image is what the site's CSP refuses).
    const size = await page.evaluate(async (b64) => {
      const img = await createImageBitmap(
        new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
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
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON' }).click(),
    ]);
    expect(JSON.parse(await text(json)).id).toBe('okegawa');
  });
});
