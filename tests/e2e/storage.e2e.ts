/**
 * Field conditions for storage: a browser that refuses storage (the app in an iframe on another
 * site, where a default Chromium context blocks third-party storage, as private windows and
 * stricter privacy settings do), a full quota, and two tabs on one draft.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, watch } from './browser';
import { serve } from './server';

let browser: Browser;
let host: { server: Server; url: string };
/** A council's page: on `localhost`, another site than the app's `127.0.0.1`. */
const pages: Record<string, string> = {};
beforeAll(async () => {
  browser = await launch();
  host = await serve('dist', 0, '/none/', { csp: false, pages });
});
afterAll(async () => {
  await browser?.close();
  host?.server.close();
});

const otherSite = (url: string) => url.replace('127.0.0.1', 'localhost');
/** Words only a browser's own error says: never shown to council staff or residents. */
const ENGLISH = /denied|SecurityError|Failed to|Unexpected token|not valid JSON|undefined|null/i;

/** Opens the app's `hash` inside an iframe on another site; returns the frame once it has a body. */
async function inOtherSite(
  hash: string,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; frame: Frame }> {
  const path = `/frame-${Object.keys(pages).length}.html`;
  pages[path] =
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>社協のページ</title></head><body><iframe src="${baseUrl()}/council-site/${hash}" title="計画" width="1200" height="800"></iframe></body></html>`;
  const { page } = await watch(await browser.newPage({ viewport }));
  await page.goto(`${otherSite(host.url)}${path}`);
  const frame = page.frames()[1];
  return { page, frame };
}

describe('storage blocked (the app in an iframe on another site)', () => {
  it('the browser does refuse storage there (the condition these tests rely on)', async () => {
    const { frame } = await inOtherSite('#/plan/kasama?embed=1');
    const refused = await frame.evaluate(() => {
      try {
        void window.localStorage;
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
  });

  it('a published plan shows its diagram', async () => {
    const { frame } = await inOtherSite('#/plan/kasama?view=sunburst');
    await frame.locator('path.arc').first().waitFor();
    expect(await frame.locator('h1, h2').first().innerText()).toContain('笠間市');
  });

  it('the presentation starts', async () => {
    const { frame } = await inOtherSite('#/present/chiba');
    await expect.poll(() => frame.locator('main').innerText()).toContain('千葉市');
    expect(await frame.locator('body').innerText()).not.toMatch(ENGLISH);
  });

  it('the gallery lists the plans', async () => {
    const { frame } = await inOtherSite('#/');
    await expect.poll(() => frame.locator('a[data-plan-id]').count()).toBe(5);
    expect(await frame.locator('body').innerText()).not.toMatch(ENGLISH);
  });

  it('compare shows both plans', async () => {
    const { frame } = await inOtherSite('#/compare?plans=kisarazu,kasama');
    await expect.poll(() => frame.locator('section.panel[data-plan-id]').count()).toBe(2);
    await frame.locator('section.panel[data-plan-id="kasama"] path.arc').first().waitFor();
    expect(await frame.locator('body').innerText()).not.toMatch(ENGLISH);
  });

  it('search finds across the plans', async () => {
    const { frame } = await inOtherSite(`#/search?q=${encodeURIComponent('ボランティア')}`);
    await expect.poll(() => frame.locator('section.group[data-plan-id]').count()).toBeGreaterThanOrEqual(4);
    expect(await frame.locator('body').innerText()).not.toMatch(ENGLISH);
  });

  it('the import page works in memory and says once, in Japanese, what will not be kept', async () => {
    const { frame } = await inOtherSite('#/import');
    const notice = frame.locator('[data-storage-problem="blocked"]');
    await expect.poll(() => notice.innerText()).toContain('閉じたり再読み込みしたりすると消えます');
    expect(await notice.innerText()).toContain('「下書き」と「保存した計画」');
    expect(await notice.count()).toBe(1);
    await frame.getByLabel('計画のテキスト').fill(readFileSync('tests/fixtures/outline-minami.md', 'utf8'));
    await expect.poll(() => frame.locator('[role="treeitem"][data-node-id]').count()).toBe(10);
    await frame.getByRole('button', { name: 'この計画を保存' }).click();
    await expect
      .poll(() => frame.getByRole('status').filter({ hasText: 'このブラウザに保存できませんでした' }).count())
      .toBe(1);
    // Kept for this visit: the saved plan is listed, and opens.
    await frame.locator('ul.saved li[data-plan-id="minami"] a').click();
    await frame.locator('path.arc').first().waitFor();
    expect(await frame.locator('body').innerText()).not.toMatch(ENGLISH);
  });
});

/** Fills this origin's localStorage up to the browser's own quota. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
}

describe('storage full', () => {
  it('saving a plan says, in Japanese, that it was not kept and what to do; nothing is thrown and the plan still opens', async () => {
    const { page } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').fill(readFileSync('tests/fixtures/outline-minami.md', 'utf8'));
    await expect.poll(() => page.locator('[role="treeitem"][data-node-id]').count()).toBe(10);
    await fillStorage(page);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    const notice = page.locator('[data-storage-problem="full"]');
    await expect.poll(() => notice.innerText()).toContain('保存容量がいっぱい');
    expect(await notice.innerText()).toMatch(/JSON をダウンロード.*削除/);
    expect(await page.getByRole('status').filter({ hasText: 'このブラウザに保存できませんでした' }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: '保存しました' }).count()).toBe(0);
    await page.locator('ul.saved li[data-plan-id="minami"] a').click();
    await page.locator('path.arc').first().waitFor();
  });

  it('a progress sheet loaded when storage is full still shows, and the panel says it will not be kept', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama');
    await page.locator('path.arc').first().waitFor();
    await fillStorage(page);
    const csv = `id,年度,評価,メモ\n1-1,2025,A,\n`;
    await page.locator('details.progress > summary').click();
    await page
      .locator('details.progress input[type="file"]')
      .setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(() => page.locator('details.progress [data-storage-problem="full"]').innerText())
      .toContain('「評価シート」');
    await expect.poll(() => page.locator('[data-status]').count()).toBeGreaterThan(0);
  });
});

describe('two tabs on one draft', () => {
  it('the tab whose draft another tab changed says so before overwriting, and keeping both loses neither', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page: a } = await watch(await context.newPage());
    await a.goto(`${baseUrl()}/#/import`);
    const text = (p: Page) => p.getByLabel('計画のテキスト');
    await text(a).fill('# 基本理念: みんなの町\n## 基本目標 1 つながる\n');
    await a.locator('[data-draft-saved="true"]').waitFor();

    const { page: b } = await watch(await context.newPage());
    await b.goto(`${baseUrl()}/#/import`);
    await expect.poll(() => text(b).inputValue()).toContain('みんなの町');

    // Tab A goes on; tab B, still showing the older version, is told at once.
    await text(a).press('End');
    await text(a).fill(`${await text(a).inputValue()}### 施策 1-1 Aで足した施策\n`);
    const conflict = b.getByRole('alertdialog');
    await expect.poll(() => conflict.innerText()).toContain('別のタブ');
    // Typing in B now does not overwrite A's work; B keeps both.
    await text(b).fill(`${await text(b).inputValue()}### 施策 1-2 Bで足した施策\n`);
    await conflict.getByRole('button', { name: /両方残す/ }).click();
    await expect.poll(() => conflict.count()).toBe(0);
    await b.locator('[data-draft-saved="true"]').waitFor();

    // After a reload, both versions are there.
    await b.reload();
    await expect.poll(() => b.locator('li[data-draft]').count()).toBe(2);
    const versions: string[] = [];
    for (const li of await b.locator('li[data-draft]').all()) {
      const open = li.getByRole('button', { name: '開く' });
      if (await open.count()) await open.click();
      await expect
        .poll(() => b.locator('li[data-draft].current').getAttribute('data-draft'))
        .toBe(await li.getAttribute('data-draft'));
      versions.push(await text(b).inputValue());
    }
    expect(versions.some((v) => v.includes('Aで足した施策') && !v.includes('Bで足した施策'))).toBe(true);
    expect(versions.some((v) => v.includes('Bで足した施策') && !v.includes('Aで足した施策'))).toBe(true);
    await context.close();
  });
});
