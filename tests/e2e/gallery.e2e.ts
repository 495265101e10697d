import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, launch, openPage, watch } from './browser';
import { serveNationalIndex } from './nationalIndex';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('plan gallery', () => {
  it('lists all five seed plans with council, title, period and vision', async () => {
    const { page, problems } = await openPage(browser, '/#/');
    const cards = page.locator('a[data-plan-id]');
    await expect.poll(() => cards.count()).toBe(5);
    const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id')));
    expect(ids.sort()).toEqual(['chiba', 'kasama', 'kisarazu', 'okegawa', 'tsurugashima']);
    const text = await page.locator('main').innerText();
    for (const council of [
      '木更津市社会福祉協議会',
      '千葉市社会福祉協議会',
      '桶川市社会福祉協議会',
      '笠間市社会福祉協議会',
      '鶴ヶ島市',
    ])
      expect(text).toContain(council);
    expect(text).toContain('共に手を携える地域社会の実現に向けて');
    expect(text).toContain('令和6年度～令和9年度');
    expect(problems).toEqual([]);
  });

  it('works from a sub-path of a static host, as a council would upload it', async () => {
    const { page, problems } = await openPage(browser, '/council-site/#/');
    await expect.poll(() => page.locator('a[data-plan-id]').count()).toBe(5);
    expect(problems).toEqual([]);
  });

  it('shows a friendly Japanese message for an unknown address', async () => {
    const { page } = await openPage(browser, '/#/nowhere/at/all');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('ページが見つかりません');
    await page.getByRole('link', { name: '計画の一覧へ戻る' }).click();
    await expect.poll(() => page.locator('a[data-plan-id]').count()).toBe(5);
  });

  it('is readable on a phone', async () => {
    const { page } = await openPage(browser, '/#/', { width: 390, height: 844 });
    await expect.poll(() => page.locator('a[data-plan-id]').count()).toBe(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('gallery filter', () => {
  it('narrows the seed plans to a prefecture and to words, and keeps the choice in the address', async () => {
    const { page } = await openPage(browser, '/#/');
    const cards = page.locator('a[data-plan-id]');
    await expect.poll(() => cards.count()).toBe(5);
    await page.getByLabel('都道府県').selectOption('千葉県');
    await expect
      .poll(() => cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id'))))
      .toEqual(['kisarazu', 'chiba']);
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('5 計画のうち 2 計画');
    expect(decodeURIComponent(page.url())).toContain('#/?pref=千葉県');
    await page.reload();
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => page.getByLabel('都道府県').inputValue()).toBe('千葉県');
    await page.getByRole('button', { name: '絞り込みを解除' }).click();
    // A word no plan has, then a council's name.
    await page.getByLabel('名前・言葉で絞り込む').fill('那覇');
    await expect.poll(() => cards.count()).toBe(0);
    await expect.poll(() => page.locator('main').innerText()).toContain('この条件に合う計画はありません');
    await page.getByLabel('名前・言葉で絞り込む').fill('桶川');
    await expect
      .poll(() => cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id'))))
      .toEqual(['okegawa']);
    // By reading: 桶川's 基本理念 writes たすけあい.
    await page.getByLabel('名前・言葉で絞り込む').fill('助け合い');
    await expect
      .poll(() => cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id'))))
      .toContain('okegawa');
    expect(await axe(page)).toEqual([]);
  });

  it('lists 1,741 councils drawing only the cards near the screen, reachable by scrolling, Tab and the filter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await watch(page);
    await serveNationalIndex(page);
    await page.goto(`${baseUrl()}/#/`);
    const cards = page.locator('a[data-plan-id]');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('1741 計画');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const drawn = await cards.count();
    expect(drawn).toBeLessThan(100);
    expect(await page.locator('ul.cards > li').first().getAttribute('aria-setsize')).toBe('1741');
    // The whole list keeps its height: the end of the page is the last council.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.locator('a[data-plan-id="n1736"]').isVisible()).toBe(true);
    expect(await cards.count()).toBeLessThan(100);
    await expect.poll(() => page.locator('a[data-plan-id="n1"]').count()).toBe(0);
    // Tab from the first card walks on past the cards first drawn (two stops a card: its link and its
    // 「くらべる」, which follows the first paint).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('a[data-plan-id="n1"]').waitFor();
    await expect.poll(() => page.locator('ul.cards > li input[type="checkbox"]').count()).toBe(await cards.count());
    await page.locator('a[data-plan-id="n1"]').focus();
    for (let i = 0; i < 2 * (drawn + 6); i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-plan-id'));
    expect(focused).toBe(`n${drawn + 7}`); // the seeds come after n600
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = document.activeElement!.getBoundingClientRect();
          return [Math.round(r.top) >= 0, Math.round(r.bottom) <= window.innerHeight];
        }),
      )
      .toEqual([true, true]);
    // Scrolled away from the focused card (wheel, PageDown), Tab still goes on from it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('a[data-plan-id="n3"]').focus();
    await page.evaluate(() => window.scrollBy(0, 20 * 300));
    await expect.poll(() => page.locator('a[data-plan-id="n60"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-plan-id'))).toBe('n3');
    expect(await cards.count()).toBeLessThan(200);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-plan-id'))).toBe('n4');
    // A prefecture, then a council's name.
    await page.getByLabel('都道府県').selectOption('沖縄県');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('1741 計画のうち 36 計画');
    await page.getByLabel('名前・言葉で絞り込む').fill('第1692市');
    await expect
      .poll(() => cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-id'))))
      .toEqual(['n1692']);
  });

  it('fits a phone with the filter above the cards', async () => {
    const { page } = await openPage(browser, '/#/?pref=%E5%9F%BC%E7%8E%89%E7%9C%8C', { width: 390, height: 844 });
    await expect.poll(() => page.locator('a[data-plan-id]').count()).toBe(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
