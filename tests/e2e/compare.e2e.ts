import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, launch, openPage, settled, watch } from './browser';
import { serveNationalIndex } from './nationalIndex';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const focusParam = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('focus') ?? '';
const panel = (page: Page, id: string) => page.locator(`section.panel[data-plan-id="${id}"]`);

describe('compare', () => {
  it('shows two plans side by side; a matrix cell highlights that theme in both', async () => {
    const { page, problems } = await openPage(browser, '/#/compare?plans=kisarazu,tsurugashima', {
      width: 1280,
      height: 1000,
    });
    await panel(page, 'kisarazu').locator('path.arc').first().waitFor();
    await panel(page, 'tsurugashima').locator('path.arc').first().waitFor();
    expect(await panel(page, 'kisarazu').locator('h2').innerText()).toContain('木更津市社会福祉協議会');
    expect(await panel(page, 'tsurugashima').locator('h2').innerText()).toContain('鶴ヶ島市');
    // Both panels draw their own plan: node ids 3-4 exists only in 木更津, x1 only in 鶴ヶ島.
    expect(await panel(page, 'kisarazu').locator('[data-node-id="3-4"]').count()).toBe(1);
    expect(await panel(page, 'tsurugashima').locator('[data-node-id="x1"]').count()).toBe(1);

    await page.locator('button[data-theme="disaster"][data-plan-id="kisarazu"]').click();
    await expect.poll(() => page.url()).toContain('theme=disaster');
    await expect.poll(() => panel(page, 'kisarazu').locator('path.arc.match').count()).toBeGreaterThan(0);
    expect(await panel(page, 'tsurugashima').locator('path.arc.match').count()).toBeGreaterThan(0);
    expect(await panel(page, 'tsurugashima').locator('path.arc.dim').count()).toBeGreaterThan(0);
    await settled(page);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('syncs focus: zooming into a goal in one plan zooms the others to their counterpart', async () => {
    const { page } = await openPage(browser, '/#/compare?plans=kisarazu,chiba,okegawa,kasama&sync=1', {
      width: 1280,
      height: 1000,
    });
    for (const id of ['kisarazu', 'chiba', 'okegawa', 'kasama'])
      await panel(page, id).locator('path.arc').first().waitFor();
    await panel(page, 'kisarazu').locator('path.arc[data-node-id="3"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusParam(page)).toContain('kisarazu:3');
    const focus = Object.fromEntries(
      focusParam(page)
        .split(',')
        .map((p) => p.split(':')),
    );
    expect(Object.keys(focus).sort()).toEqual(['chiba', 'kasama', 'kisarazu', 'okegawa']);
    for (const id of ['chiba', 'okegawa', 'kasama']) {
      await expect.poll(() => panel(page, id).locator('g.centre').getAttribute('data-node-id')).toBe(focus[id]);
    }
    await settled(page);
  });

  it('lists similar items of the other plans for a focused item; a link focuses it', async () => {
    const { page } = await openPage(browser, '/#/compare?plans=kisarazu,tsurugashima&focus=kisarazu:4-2', {
      width: 1280,
      height: 1000,
    });
    const link = panel(page, 'kisarazu').locator('section.similar button[data-target-plan="tsurugashima"]').first();
    await link.waitFor();
    const target = await link.getAttribute('data-target-node');
    expect(await panel(page, 'kisarazu').locator('section.similar').innerText()).toContain('成年後見');
    await link.click();
    await expect.poll(() => focusParam(page)).toContain(`tsurugashima:${target}`);
  });

  it('stacks panels on a phone, and nothing jumps while they come', async () => {
    const { page } = await openPage(browser, '/#/compare?plans=kisarazu,tsurugashima', { width: 390, height: 844 });
    await panel(page, 'tsurugashima').locator('path.arc').first().waitFor();
    const a = await panel(page, 'kisarazu').boundingBox();
    const b = await panel(page, 'tsurugashima').boundingBox();
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // Nothing a reader is looking at jumps while the page fills in (the theme matrix was pushed off the screen: 0.4).
    const shifted = await page.evaluate(() => {
      const seen = new PerformanceObserver(() => {});
      seen.observe({ type: 'layout-shift', buffered: true });
      return seen.takeRecords().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0);
    });
    expect(shifted).toBeLessThan(0.1);
    await panel(page, 'kisarazu').scrollIntoViewIfNeeded();
    await settled(page);
  });

  it('explains an unknown plan id and a single plan, and offers the picker', async () => {
    const { page } = await openPage(browser, '/#/compare?plans=kisarazu,nowhere');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('「nowhere」という計画はありません');
    const one = await openPage(browser, '/#/compare?plans=kasama');
    await expect.poll(() => one.page.getByRole('status').innerText()).toContain('計画が 1 つだけです');
    await one.page.getByLabel('千葉市社会福祉協議会').check();
    await one.page.getByRole('button', { name: /比べる/ }).click();
    await expect.poll(() => one.page.locator('section.panel[data-plan-id]').count()).toBe(2);
  });

  it('picks plans among 1,741 councils by prefecture and name, without a wall of checkboxes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await watch(page);
    await serveNationalIndex(page);
    await page.goto(`${baseUrl()}/#/compare`);
    const boxes = page.locator('.picker input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBe(50);
    await expect.poll(() => page.locator('.picker [role="status"]').innerText()).toContain('ほかに 1691 計画');
    await page.getByLabel('都道府県').selectOption('茨城県');
    await page.getByLabel('名前・言葉').fill('笠間');
    await page.getByLabel('笠間市社会福祉協議会').check();
    await page.getByLabel('名前・言葉').fill('千葉市');
    await page.getByLabel('都道府県').selectOption('千葉県');
    // The chosen plan stays listed while the filter shows others.
    await expect
      .poll(() => boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
      .toEqual(['chiba', 'kasama']);
    await page.getByLabel('千葉市社会福祉協議会').check();
    await page.getByRole('button', { name: '比べる(2)' }).click();
    await expect.poll(() => page.locator('section.panel[data-plan-id]').count()).toBe(2);
    expect(decodeURIComponent(page.url())).toMatch(/plans=(kasama,chiba|chiba,kasama)/);
    expect(await axe(page)).toEqual([]);
  });
});
