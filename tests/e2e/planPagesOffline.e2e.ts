import type { Server } from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, settled, watch } from './browser';
import { serve } from './server';

let browser: Browser;
let site: { server: Server; url: string };
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  // A site of our own: closing it takes the network away for real.
  site = await serve('dist');
});
afterAll(async () => {
  await context?.close();
  if (site?.server.listening) await new Promise((r) => site.server.close(r));
  await browser?.close();
});

describe("a plan's own page offline", () => {
  it('a plan page once seen opens offline, text and explorer; one never seen leads to the app, which says it is not kept', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const { problems } = await watch(page, { expect: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] });
    await page.goto(`${site.url}/council-site/plan/okegawa/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await settled(page);
    // Kept as seen: the page itself with its plan (the worker keeps what passes).
    await expect
      .poll(() =>
        page.evaluate(
          async () => (await caches.keys()).length > 0 && !!(await caches.match(location.href.split('#')[0])),
        ),
      )
      .toBe(true);

    await context.setOffline(true);
    site.server.closeAllConnections();
    await new Promise((r) => site.server.close(r));
    await page.reload();
    await page.locator('svg [data-node-id]').first().waitFor();
    await settled(page);
    expect(await page.locator('h1').first().innerText()).toContain('第6期 地域福祉活動計画');
    // Everything the kept page needed was there.
    expect(problems).toEqual([]);

    await page.goto(`${site.url}/council-site/plan/chiba/#view=tree`);
    await expect.poll(() => page.url()).toMatch(/\/council-site\/#\/plan\/chiba$/);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('この計画はこの端末に保存されていません');
  });
});
