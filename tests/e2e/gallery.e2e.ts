import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

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
    for (const council of ['木更津市社会福祉協議会', '千葉市社会福祉協議会', '桶川市社会福祉協議会', '笠間市社会福祉協議会', '鶴ヶ島市']) expect(text).toContain(council);
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
