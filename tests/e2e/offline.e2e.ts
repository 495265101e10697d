import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { axe, launch, openPage, settled, watch } from './browser';
import { CHROMIUM } from './globalSetup';
import { serve } from './server';
import { cmapPdf } from '../pdf/makePdf';

const idsOf = (id: string) => {
  const plan = JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan;
  const ids: string[] = [];
  walk(plan.root, (n) => ids.push(n.id));
  return ids.sort();
};
const drawnIds = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-node-id')))].sort());

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** A site of our own for each test: closing it takes the network away for real, not only for the page. */
let site: { server: Server; url: string } | null = null;
let context: BrowserContext | null = null;
let profile = '';
afterEach(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (site?.server.listening) await new Promise((r) => site!.server.close(r));
  site = context = null;
});
const goOffline = async () => {
  await context!.setOffline(true);
  site!.server.closeAllConnections();
  await new Promise((r) => site!.server.close(r));
};

describe('offline at the 公民館', () => {
  it('plans kept (from the plan page and くらべる) show offline after a reload: three views, search, presentation, the gallery of kept plans, くらべる and search over them; a plan never opened says it is not kept; installable', async () => {
    site = await serve('dist');
    // A profile of its own, as a person's browser has (a test context is incognito, where Chromium installs nothing).
    profile = mkdtempSync(join(tmpdir(), 'offline-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const { problems } = await watch(page, { expect: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] });
    // くらべる keeps the plans it compares; a plan page keeps its plan.
    await page.goto(`${site.url}/council-site/#/compare?plans=okegawa,kasama`);
    await expect.poll(() => page.locator('section.panel[data-plan-id]').count()).toBe(2);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByRole('button', { name: 'オフラインでも使えるようにする' }).click();
    await expect.poll(() => page.getByText('この端末に保存済み').count()).toBe(1);
    await page.goto(`${site.url}/council-site/#/plan/okegawa?view=sunburst`);
    await settled(page);
    await page.locator('summary', { hasText: '持ち出す' }).click();
    await page.getByRole('button', { name: 'オフラインでも使えるようにする' }).click();
    await expect.poll(() => page.getByText('この端末に保存済み').count()).toBe(1);

    // Installable as Chromium judges it: a valid manifest with icons, and a worker controlling the page.
    await page.reload();
    await settled(page);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toContain('/council-site/manifest.webmanifest');

    await goOffline();
    await page.reload();
    const want = idsOf('okegawa');
    await expect.poll(() => drawnIds(page, 'svg [data-node-id]')).toEqual(want);
    await settled(page);
    expect(await page.locator('[data-offline]').innerText()).toContain('オフラインです');
    await page.getByRole('button', { name: 'ツリー' }).click();
    await page.getByRole('button', { name: 'すべて開く' }).click();
    await expect.poll(() => drawnIds(page, 'g.node[data-node-id]')).toEqual(want);
    await page.getByRole('button', { name: 'アウトライン' }).click();
    await expect.poll(() => drawnIds(page, '[role="treeitem"][data-node-id]')).toEqual(want);
    // Its printed sheets (their code is in the kept app).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.handout .page').count()).toBe(4);
    await page.emulateMedia({ media: 'screen' });
    // Search within the plan (its code and the reading table are kept).
    await page.getByLabel('検索').fill('見守り');
    await expect.poll(() => page.locator('#results-title').innerText()).toMatch(/「見守り」: [1-9]\d* 件/);

    await page.goto(`${page.url().replace(/#.*/, '')}#/present/okegawa`);
    await expect.poll(() => page.locator('.counter').innerText()).toMatch(/^1 \/ \d+$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.counter').innerText()).toMatch(/^2 \/ \d+$/);

    const root = page.url().replace(/#.*/, '');
    await page.goto(`${root}#/`);
    await expect
      .poll(() =>
        page.locator('a[data-plan-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id')).sort()),
      )
      .toEqual(['kasama', 'okegawa']);
    expect(await page.locator('main').innerText()).toContain('この端末に保存した計画だけ');
    expect(await axe(page)).toEqual([]);

    await page.goto(`${root}#/compare?plans=okegawa,kasama`);
    await expect.poll(() => page.locator('section.panel[data-plan-id] [data-node-id]').count()).toBeGreaterThan(20);
    // Search over all plans: over the kept ones.
    await page.goto(`${root}#/search?q=${encodeURIComponent('見守り')}`);
    await expect
      .poll(() =>
        page
          .locator('section.group[data-plan-id]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id')).sort()),
      )
      .toEqual(['kasama', 'okegawa']);

    // Everything kept worked offline without a single error.
    expect(problems).toEqual([]);

    await page.goto(`${page.url().replace(/#.*/, '')}#/plan/chiba`);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('この計画はこの端末に保存されていません');
    expect(await page.getByRole('alert').innerText()).toContain('オフラインでも使えるようにする');
  });
});

describe('a plan that travels as one file', () => {
  it('「1 つのファイルで保存」 writes an HTML file named after the plan that shows from file:// with every network request blocked: three views, search in the plan, slides, evaluation', async () => {
    const plan = JSON.parse(readFileSync('static/plans/minami-sample.json', 'utf8')) as Plan;
    const { page } = await openPage(browser, '/#/plan/minami-sample?view=sunburst');
    await settled(page);
    await page.locator('summary', { hasText: '持ち出す' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '1 つのファイルで保存' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`${plan.council}_${plan.title}.html`.replace(/[\\/:*?"<>|]/g, ' '));
    profile = mkdtempSync(join(tmpdir(), 'one-file-'));
    const path = join(profile, file.suggestedFilename());
    await file.saveAs(path);
    const size = statSync(path).size;
    console.log(
      `one-file HTML: ${(size / 1024).toFixed(0)} KB (${(gzipSync(readFileSync(path)).length / 1024).toFixed(0)} KB gzipped)`,
    );

    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const network: string[] = [];
    await context.route(/^(https?|wss?|ftp):/, (route) => (network.push(route.request().url()), route.abort()));
    const copy = await context.newPage();
    const { problems } = await watch(copy);
    await copy.goto(pathToFileURL(path).href);
    expect(await copy.title()).toBe(`${plan.council} ${plan.title}`);
    const want = idsOf('minami-sample');
    await expect.poll(() => drawnIds(copy, 'svg [data-node-id]')).toEqual(want);
    await settled(copy);
    await copy.getByRole('button', { name: 'ツリー' }).click();
    await copy.getByRole('button', { name: 'すべて開く' }).click();
    await expect.poll(() => drawnIds(copy, 'g.node[data-node-id]')).toEqual(want);
    await copy.getByRole('button', { name: 'アウトライン' }).click();
    await expect.poll(() => drawnIds(copy, '[role="treeitem"][data-node-id]')).toEqual(want);
    // The evaluation rides along: evaluated items carry their status.
    await expect.poll(() => copy.locator('[data-status]').count()).toBeGreaterThan(0);

    const word = plan.root.children[0].children[0].title.slice(0, 2);
    await copy.getByLabel('検索').fill(word);
    await expect
      .poll(() => copy.locator('#results-title').innerText())
      .toMatch(new RegExp(`「${word}」: [1-9]\\d* 件`));
    await copy.getByLabel('検索').fill('');

    await copy.getByRole('link', { name: '発表モード' }).click();
    await expect.poll(() => copy.locator('.counter').innerText()).toMatch(/^1 \/ \d+$/);
    await copy.keyboard.press('ArrowRight');
    await expect.poll(() => copy.locator('.counter').innerText()).toMatch(/^2 \/ \d+$/);
    await copy.keyboard.press('Escape');
    await expect.poll(() => copy.url()).toContain('#/plan/minami-sample');
    expect(await axe(copy)).toEqual([]);
    expect(network).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** Marks the new build's pages (the old build has none). */
const RELEASE_2 = '<meta name="release" content="2">';
/**
 * The council uploads a new build to the site in `root`: another index.html, a worker with
 * another version, and its one-file template, which keeps its name (one-file.html) and changes too.
 */
function uploadNewBuild(root: string): void {
  const rewrite = (file: string, from: string | RegExp, to: string) =>
    writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(from, to));
  rewrite('index.html', '<head>', `<head>${RELEASE_2}`);
  rewrite('one-file.html', '<head>', `<head>${RELEASE_2}`);
  rewrite('sw.js', /version:`(\w+)`/, 'version:`$1-2`');
}

describe('a new version of the site', () => {
  it('waits and is offered (「新しい版があります — 再読み込み」); until accepted a reload shows the version in use, never a mix', async () => {
    profile = mkdtempSync(join(tmpdir(), 'site-'));
    cpSync('dist', profile, { recursive: true });
    site = await serve(profile);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const { problems } = await watch(page);
    await page.goto(`${site.url}/council-site/#/plan/kasama`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const offer = page.getByRole('button', { name: '新しい版があります — 再読み込み' });
    expect(await offer.count()).toBe(0);

    uploadNewBuild(profile);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await offer.waitFor();

    // Not accepted yet: a reload is still wholly the version in use, and the offer stands.
    await page.reload();
    await page.locator('.plan-header').waitFor();
    expect(await page.locator('meta[name="release"]').count()).toBe(0);
    await offer.waitFor();
    await offer.click();
    await expect.poll(() => page.locator('meta[name="release"]').count()).toBe(1);
    await page.locator('.plan-header').waitFor();
    expect(await offer.count()).toBe(0);
    // 「1 つのファイルで保存」 now writes the new version's template, not the older one the worker also keeps.
    await page.locator('summary', { hasText: '持ち出す' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '1 つのファイルで保存' }).click(),
    ]);
    const saved = join(profile, 'saved.html');
    await file.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain(RELEASE_2);
    expect(problems).toEqual([]);
  });
});

describe('a new version with the site open in two tabs', () => {
  it('accepted in one tab, the offer in the other still brings the new version (it does not sit there doing nothing)', async () => {
    profile = mkdtempSync(join(tmpdir(), 'site-'));
    cpSync('dist', profile, { recursive: true });
    site = await serve(profile);
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 });
    const tabs = [await context.newPage(), await context.newPage()];
    const watched = await Promise.all(tabs.map((tab) => watch(tab)));
    for (const tab of tabs) {
      await tab.goto(`${site.url}/council-site/#/plan/kasama`);
      await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await tab.reload();
      await expect.poll(() => tab.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    }
    uploadNewBuild(profile);
    await tabs[0].evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const offers = tabs.map((tab) => tab.getByRole('button', { name: '新しい版があります — 再読み込み' }));
    for (const offer of offers) await offer.waitFor();
    for (const [i, tab] of tabs.entries()) {
      await offers[i].click();
      await expect.poll(() => tab.locator('meta[name="release"]').count(), { message: `tab ${i + 1}` }).toBe(1);
      await tab.locator('.plan-header').waitFor();
      expect(await offers[i].count()).toBe(0);
    }
    expect(watched.flatMap((w) => w.problems)).toEqual([]);
  });
});

describe('a host that answers a missing file with its index.html (SPA settings)', () => {
  it('a plan that is not there is never counted as kept: offline the notice counts only the plans opened', async () => {
    site = await serve('dist', 0, '/council-site/', { spa: true });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const { problems } = await watch(page, { expect: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] });
    await page.goto(`${site.url}/council-site/#/plan/kasama`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.locator('.plan-header').waitFor();
    // The host answers plans/no-such-plan.json with its index.html, status 200.
    await page.goto(`${site.url}/council-site/#/plan/no-such-plan`);
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);

    await goOffline();
    await page.goto(`${site.url}/council-site/#/`);
    await expect.poll(() => page.locator('[data-offline]').innerText()).toContain('(1 件)');
    expect(problems).toEqual([]);
  });
});

describe('importing a PDF without a network', () => {
  it("a Japanese PDF (its text needs pdf.js's CMaps) imports offline once a PDF has been imported here", async () => {
    site = await serve('dist');
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const { problems } = await watch(page, { expect: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] });
    await page.goto(`${site.url}/council-site/#/import`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const choose = (name: string, lines: string[]) =>
      page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: cmapPdf(lines) });
    const ids = () =>
      page.locator('.result [data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));
    const read = () =>
      expect
        .poll(() => page.getByRole('status').filter({ hasText: '読み順に並べました' }).count(), { timeout: 30_000 })
        .toBe(1);
    await choose('minami.pdf', ['基本理念', 'つながるまち', '基本目標1 ふれあう地域', '基本目標2 ささえあう地域']);
    await read();
    await expect.poll(ids).toEqual(['1', '2']);

    await goOffline();
    await page.reload();
    await page.getByLabel('計画のテキスト').waitFor();
    await choose('kita.pdf', [
      '基本理念',
      'みんなの北町',
      '基本目標1 見守る地域',
      '基本目標2 学びあう地域',
      '基本目標3 働く地域',
    ]);
    await read();
    await expect.poll(ids).toEqual(['1', '2', '3']);
    expect(await page.locator('.result').innerText()).toContain('学びあう地域');
    expect(problems).toEqual([]);
  });
});
