import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, launch, openPage, watch } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const manifest = JSON.parse(gunzipSync(readFileSync('dist/search/manifest.bin')).toString('utf8')) as {
  blocks: number;
  buckets: number;
  files: string;
};

describe('search over the sharded index', () => {
  it('from a sub-path under the strict CSP: reads the manifest and a few shards, no plan JSON, and shows the first results before the rest arrive', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { problems } = await watch(page);
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    // The first block's shards come at once; the later blocks' wait until the first results show.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/search\/s\/[1-9]\d*\//, async (route) => (await held, route.continue()));
    await page.goto(`${baseUrl()}/council-site/#/search?q=${encodeURIComponent('ボランティア')}`);

    await page.locator('li[data-result-node]').first().waitFor();
    const status = page.getByRole('status');
    expect(await status.innerText()).toMatch(/件以上/);
    expect(await status.getAttribute('data-complete')).toBe('false');
    release();
    await page.locator('.count[data-complete="true"]').waitFor();
    expect(await status.innerText()).toMatch(/\d+ 件$/);
    expect(await page.locator('section.group[data-plan-id]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('mark').first().innerText()).toBe('ボランティア');

    expect(paths).toContain('/council-site/search/manifest.bin');
    // ボランティア has five distinct bigrams: at most five shards of each block, of manifest.buckets.
    const shards = new Set(paths.filter((p) => p.includes(`/search/${manifest.files}/s/`)));
    expect(manifest.blocks).toBeGreaterThan(1);
    expect(manifest.buckets).toBeGreaterThan(5);
    expect(shards.size).toBeGreaterThan(0);
    expect(shards.size).toBeLessThanOrEqual(5 * manifest.blocks);
    expect(paths.filter((p) => /\/plans\/[^/]+\.json$/.test(p) && !p.endsWith('/index.json'))).toEqual([]);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('finds a plan imported in this browser beside the published ones', async () => {
    const { page, problems } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').fill(readFileSync('tests/fixtures/outline-minami.md', 'utf8'));
    await expect.poll(() => page.locator('[role="treeitem"][data-node-id]').count()).toBe(10);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('保存しました');

    await page.goto(page.url().replace(/#.*/, `#/search?q=${encodeURIComponent('サロン')}`));
    await page.locator('.count[data-complete="true"]').waitFor();
    const groups = await page
      .locator('section.group[data-plan-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id')));
    expect(groups).toContain('minami');
    expect(groups.length).toBeGreaterThanOrEqual(3);
    const minami = page.locator('section.group[data-plan-id="minami"]');
    expect(await minami.locator('h2').innerText()).toContain('南町社会福祉協議会');
    expect(await minami.locator('li[data-result-node]').count()).toBe(2); // サロンの運営, 出前サロン
    expect(problems).toEqual([]);
  });
});
