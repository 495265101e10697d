import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, settled, watch, baseUrl } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** A phone on a slow line (Lighthouse's mobile figures: 150 ms round trip, 1.6 Mbps), so that order shows. */
async function slowLine(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/** As long as a busy CI machine may take to import a page's code after its first paint. */
const PRELOAD_USED_WITHIN_MS = 15_000;

/**
 * A page opened at `path` that records what it takes up: the app's fetch() calls, and (through
 * V8's coverage) which module scripts ran. A preloaded module that never runs, a preloaded style
 * no stylesheet applies, or preloaded data the app never fetches is what Chromium warns about.
 */
async function openTracked(path: string) {
  const page = await browser.newPage({
    viewport: { width: 1024, height: 768 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const { problems } = await watch(page);
  await page.addInitScript(() => {
    const w = window as unknown as { fetched: string[] };
    w.fetched = [];
    const fetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      w.fetched.push(new URL(input instanceof Request ? input.url : String(input), document.baseURI).href);
      return fetch(input, init);
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  const ran = new Set<string>();
  /** Scripts whose top level has run so far (each take resets V8's counters, so they add up). */
  const modulesRun = async () => {
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    for (const script of result)
      if (script.functions.some((f) => f.ranges[0]?.startOffset === 0 && f.ranges[0].count > 0)) ran.add(script.url);
    return ran;
  };
  await page.goto(`${baseUrl()}${path}`);
  return { page, path, problems, modulesRun };
}

/** The preloads the page has not taken up (yet): by kind, as Chromium matches a preload to its use. */
async function unusedPreloads(page: Page, modulesRun: Set<string>): Promise<string[]> {
  const links = await page.locator('link[rel=preload], link[rel=modulepreload]').evaluateAll((ls) =>
    ls.map((l) => ({
      rel: (l as HTMLLinkElement).rel,
      as: l.getAttribute('as') ?? 'script',
      href: (l as HTMLLinkElement).href,
    })),
  );
  const { sheets, fetched } = await page.evaluate(() => ({
    sheets: [...document.styleSheets].map((s) => s.href),
    fetched: (window as unknown as { fetched: string[] }).fetched,
  }));
  const used = ({ rel, as, href }: (typeof links)[number]) =>
    rel === 'modulepreload'
      ? modulesRun.has(href)
      : as === 'style'
        ? sheets.includes(href)
        : as === 'fetch' && fetched.includes(href);
  return links.filter((link) => !used(link)).map(({ rel, as, href }) => `${rel} ${as} ${href}`);
}

describe('first view of a shared link: no waterfall', () => {
  it('a plan link asks for its plan and its page code while the app code is still arriving, once each', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const { problems } = await watch(page);
    await slowLine(page);
    const requests: { path: string; at: number }[] = [];
    page.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now() }));
    const finished: { path: string; at: number }[] = [];
    page.on('requestfinished', (r) => finished.push({ path: new URL(r.url()).pathname, at: Date.now() }));
    await page.goto(`${baseUrl()}/#/plan/kasama?view=sunburst`);
    await page.locator('.plan-header').getByText('基本理念').waitFor();

    const asked = (re: RegExp) => requests.filter((r) => re.test(r.path));
    const app = finished.find((r) => /\/assets\/index-[\w-]+\.js$/.test(r.path));
    const [plan] = asked(/\/plans\/kasama\.json$/);
    const [pageCode] = asked(/\/assets\/plan-[\w-]+\.js$/);
    expect(app && plan && pageCode, `requests: ${requests.map((r) => r.path).join(', ')}`).toBeTruthy();
    // Asked before the app's own code had arrived: not app → page → plan, one after the other.
    expect(plan.at).toBeLessThan(app!.at);
    expect(pageCode.at).toBeLessThan(app!.at);
    // The app's fetch() and import() took the preloaded files: each crossed the line once.
    expect(asked(/\/plans\/kasama\.json$/)).toHaveLength(1);
    expect(asked(/\/assets\/plan-[\w-]+\.(js|css)$/)).toHaveLength(2);
    // The diagrams' code waits for the words to show, then draws.
    await settled(page);
    expect(asked(/\/assets\/diagram-[\w-]+\.js$/)[0].at).toBeGreaterThan(plan.at);
    expect(problems).toEqual([]);
  });

  it('nothing a link preloads goes unused, on any page a link can open (Chromium would warn)', async () => {
    const links = [
      '/#/',
      '/#/plan/kasama?view=tree',
      '/#/plan/chiba?embed=1',
      '/#/compare?plans=kasama,chiba,nowhere',
      '/#/compare?plans=okegawa,kisarazu',
      '/#/present/okegawa',
      '/#/search?q=サロン',
      '/#/import',
    ];
    const opened = await Promise.all(links.map((path) => openTracked(path)));
    for (const { page, path, problems, modulesRun } of opened) {
      // Chromium warns only 3 s after the load event; instead, wait until every preload is taken up.
      await expect
        .poll(async () => unusedPreloads(page, await modulesRun()), { timeout: PRELOAD_USED_WITHIN_MS })
        .toEqual([]);
      const preloaded = await page
        .locator('link[rel=preload], link[rel=modulepreload]')
        .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
      // A file's timing entry is written when its fetch ends: a preload inserted late may still be on its way.
      const fetches = (href: string) => page.evaluate((h) => performance.getEntriesByName(h, 'resource').length, href);
      for (const href of preloaded)
        await expect.poll(() => fetches(href), { message: `${path}: ${href} fetched once` }).toBe(1);
      expect(problems, path).toEqual([]);
    }
  });

  it('a plan imported in this browser in place of a published one is not preloaded from the site', async () => {
    const mine = { ...JSON.parse(readFileSync('dist/plans/kasama.json', 'utf8')), title: 'この端末で直した笠間の計画' };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { problems } = await watch(page);
    await page.addInitScript(
      (plan) => localStorage.setItem('welfare-plan-explorer:imports', JSON.stringify([plan])),
      mine,
    );
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/#/plan/kasama`);
    await expect.poll(() => page.locator('h1').innerText()).toContain('この端末で直した笠間の計画');
    expect(asked.filter((p) => p.endsWith('/plans/kasama.json'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
