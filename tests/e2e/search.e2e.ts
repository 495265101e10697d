import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openPage, settled } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());
const param = (url: string, key: string) => new URLSearchParams(new URL(url).hash.split('?')[1] ?? '').get(key);

describe('search across all plans', () => {
  it('typing ぼらんてぃあ lists matches from at least four councils; a result opens its node', async () => {
    const { page, problems } = await openPage(browser, '/#/');
    await page.locator('a[data-plan-id]').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('ぼらんてぃあ');
    await expect.poll(() => page.url()).toContain('#/search?q=');
    await expect.poll(() => page.locator('section.group[data-plan-id]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('status').innerText()).toMatch(/件/);
    expect(await page.locator('mark').first().innerText()).toBe('ボランティア');
    expect(await axe(page)).toEqual([]);

    const first = page.locator('section.group[data-plan-id="okegawa"] li').first();
    const nodeId = await first.getAttribute('data-result-node');
    await first.getByRole('link').click();
    await expect.poll(() => param(page.url(), 'node')).toBe(nodeId);
    expect(page.url()).toContain('#/plan/okegawa');
    await expect.poll(() => page.locator('[aria-current="true"]').first().getAttribute('data-node-id')).toBe(nodeId);
    expect(problems).toEqual([]);
  });

  it('finds ｻﾛﾝ typed in half-width and a mistyped ボランテア', async () => {
    const { page } = await openPage(browser, '/#/search?q=%EF%BD%BB%EF%BE%9B%EF%BE%9D');
    await expect.poll(() => page.locator('li[data-result-node]').count()).toBeGreaterThan(3);
    await page.goto(`${new URL(page.url()).origin}/#/search?q=${encodeURIComponent('ボランテア')}`);
    await expect.poll(() => page.locator('section.group[data-plan-id]').count()).toBeGreaterThanOrEqual(4);
  });
});

describe('search inside a plan', () => {
  it('highlights matching arcs, dims the rest, counts them, and keeps q in the URL', async () => {
    const { page } = await openPage(browser, '/#/plan/kisarazu');
    await page.locator('path.arc').first().waitFor();
    await page.getByLabel('検索').fill('ボランティア');
    await expect.poll(() => param(page.url(), 'q')).toBe('ボランティア');
    await expect.poll(() => page.locator('path.arc.match').count()).toBeGreaterThan(0);
    expect(await page.locator('path.arc.dim').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/「ボランティア」: 5 件/);
    await settled(page);

    // The highlighted view can be linked: reopen the URL and the same matches show.
    const link = page.url();
    const again = await openPage(browser, new URL(link).hash ? `/${new URL(link).hash}` : '/');
    await expect.poll(() => again.page.locator('path.arc.match').count()).toBeGreaterThan(0);
    await again.page.getByRole('button', { name: 'アウトライン' }).click();
    // 4 titles say ボランティア; the fifth hit is a 基本計画 whose summary says it.
    await expect.poll(() => again.page.locator('[role="treeitem"] mark').count()).toBe(4);
  });
});

describe('spellings of one word', () => {
  const councilsFor = async (q: string) => {
    const { page } = await openPage(browser, `/#/search?q=${encodeURIComponent(q)}`);
    // Results stream in block by block: read the groups once the count is final.
    await page.locator('.count[data-complete="true"]').waitFor();
    const ids = await page
      .locator('section.group[data-plan-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id')));
    await page.close();
    return ids;
  };

  it('finds たすけあい for 助け合い and the other way, 支え合い for 支えあい (readings), 障がい for 障害 (the short table)', async () => {
    expect(await councilsFor('助け合い')).toContain('okegawa');
    expect(await councilsFor('たすけあい')).toEqual(expect.arrayContaining(['kisarazu', 'chiba']));
    expect(await councilsFor('支えあい')).toEqual(expect.arrayContaining(['kisarazu', 'tsurugashima']));
    expect(await councilsFor('障害')).toContain('kisarazu');
  });

  it('sets plans aside from the results to compare them, and keeps them over a reload', async () => {
    const { page } = await openPage(browser, '/#/search?q=%E8%A6%8B%E5%AE%88%E3%82%8A');
    const groups = page.locator('section.group[data-plan-id]');
    await expect.poll(() => groups.count()).toBeGreaterThanOrEqual(2);
    const [a, b] = await groups.evaluateAll((els) =>
      els.slice(0, 2).map((e) => [e.getAttribute('data-plan-id')!, e.querySelector('h2')!.firstChild!.textContent!]),
    );
    const tray = page.getByRole('complementary', { name: 'くらべる計画' });
    expect(await tray.count()).toBe(0);
    await page.getByLabel(`くらべる: ${a[1]}`).check();
    await expect.poll(() => tray.innerText()).toContain('もう 1 つ以上選んでください');
    await page.reload();
    await expect.poll(() => page.getByLabel(`くらべる: ${a[1]}`).isChecked()).toBe(true);
    await page.getByLabel(`くらべる: ${b[1]}`).check();
    await expect.poll(() => tray.innerText()).toContain(`${a[1]}、${b[1]}`);
    expect(await axe(page)).toEqual([]);
    await tray.getByRole('link', { name: '比べる(2)' }).click();
    await expect
      .poll(() =>
        page
          .locator('section.panel[data-plan-id]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id'))),
      )
      .toEqual([a[0], b[0]]);
  });

  it('marks the other spelling where it is written: 助け合い highlights たすけあい', async () => {
    const { page, problems } = await openPage(browser, `/#/search?q=${encodeURIComponent('助け合い')}`);
    const okegawa = page.locator('section.group[data-plan-id="okegawa"]');
    await okegawa.waitFor();
    expect(await okegawa.locator('mark').first().innerText()).toBe('たすけあい');
    // Exact spellings first: kisarazu's 助け合い ranks above okegawa's たすけあい.
    const order = await page
      .locator('section.group[data-plan-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id')));
    expect(order.indexOf('kisarazu')).toBeLessThan(order.indexOf('okegawa'));
    expect(problems).toEqual([]);
  });

  it('reads inside a plan too: 取組 on a plan that writes 取り組み lists and marks it', async () => {
    const { page, problems } = await openPage(browser, `/#/plan/okegawa?view=outline&q=${encodeURIComponent('取組')}`);
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/「取組」: [1-9]\d* 件/);
    await expect.poll(() => page.locator('li[data-result-node] mark').first().innerText()).toBe('取り組み');
    expect(problems).toEqual([]);
  });
});

describe('the analyser stays at compile time', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );

  it('ships the reading table, and neither kuromoji nor its dictionary', () => {
    const all = files('dist');
    expect(all).toContain(join('dist', 'search', 'readings.json'));
    expect(all.filter((f) => /\.dat(\.gz)?$|kuromoji/i.test(f))).toEqual([]);
    expect(
      all.filter(
        (f) => /\.(js|mjs|html)$/.test(f) && /kuromoji|TokenizerBuilder|ViterbiBuilder/.test(readFileSync(f, 'utf8')),
      ),
    ).toEqual([]);
  });
});

describe('more results', () => {
  it('keeps さらに表示 over Back from a result and a reload', async () => {
    const { page } = await openPage(browser, `/#/search?q=${encodeURIComponent('の')}`);
    const hits = page.locator('li[data-result-node]');
    await page.locator('[data-complete="true"]').waitFor();
    await expect.poll(() => hits.count()).toBe(50);
    await page.getByRole('button', { name: 'さらに 50 件を表示' }).click();
    // 「の」 is in more than 100 of the seeds' items: the page widens to 100.
    const more = 100;
    await expect.poll(() => hits.count()).toBe(more);
    expect(param(page.url(), 'n')).toBe('100');
    await page.reload();
    await expect.poll(() => hits.count()).toBe(more);
    await hits
      .nth(more - 1)
      .getByRole('link')
      .click();
    await expect.poll(() => page.url()).toContain('#/plan/');
    await page.goBack();
    await expect.poll(() => hits.count()).toBe(more);
  });
});
