import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, launch, openPage, settled, watch } from './browser';
import { nationalIndex, serveNationalIndex } from './nationalIndex';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** Where a card's top is on the screen (px, rounded), or null when it is not drawn. */
const topOf = (page: Page, id: string) =>
  page.evaluate((id) => {
    const r = document.querySelector(`a[data-plan-id="${id}"]`)?.getBoundingClientRect();
    return r ? Math.round(r.top) : null;
  }, id);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-plan-id') ?? null);

/** The national gallery at 1280×800, scrolled until `id` (a seed, far down the list) is in the middle of the screen. */
async function nationalAt(id: string): Promise<{ page: Page; top: number }> {
  // No service worker: once one controls the page, it fetches the list itself, where page.route does not reach.
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  await watch(page);
  await serveNationalIndex(page);
  await page.goto(`${baseUrl()}/#/`);
  await expect.poll(() => page.getByRole('status').first().innerText()).toContain('1741 計画');
  const at = nationalIndex().plans.findIndex((p) => p.id === id) / 1741;
  expect(at).toBeGreaterThan(0.3);
  await page.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), at);
  await page.locator(`a[data-plan-id="${id}"]`).waitFor();
  await page.evaluate(
    (id) => document.querySelector(`a[data-plan-id="${id}"]`)!.scrollIntoView({ block: 'center' }),
    id,
  );
  await expect.poll(() => topOf(page, id)).toBeGreaterThan(100);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(50_000);
  return { page, top: (await topOf(page, id))! };
}

describe('gallery: Back returns to the same card', () => {
  it('far down the national list: the card is where it was and has keyboard focus again; a new visit starts at the top', async () => {
    const { page, top } = await nationalAt('okegawa');
    await page.locator('a[data-plan-id="okegawa"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/plan/okegawa');
    await settled(page);
    await page.goBack();
    await expect.poll(() => topOf(page, 'okegawa')).toBe(top);
    await expect.poll(() => focusedId(page)).toBe('okegawa');
    // Tab goes on from the card (its 「くらべる」), not from the top of the page.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('li')?.querySelector('a')?.getAttribute('data-plan-id'),
      ),
    ).toBe('okegawa');
    // A reload keeps the place too.
    await page.reload();
    await expect.poll(() => topOf(page, 'okegawa')).toBe(top);
    // A new visit to the list (not Back) starts at the top.
    await page.goto(`${baseUrl()}/#/plan/kasama`);
    await settled(page);
    await page.goto(`${baseUrl()}/#/`);
    await expect.poll(() => topOf(page, 'n1')).not.toBeNull();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('sets two plans aside with the cards’ 「くらべる」, opens them with 比べる, and Back returns to them', async () => {
    const { page, top } = await nationalAt('kasama');
    await page.getByLabel('くらべる: 桶川市社会福祉協議会').check();
    await page.getByLabel('くらべる: 笠間市社会福祉協議会').check();
    const tray = page.getByRole('complementary', { name: 'くらべる計画' });
    await expect.poll(() => tray.innerText()).toContain('桶川市社会福祉協議会、笠間市社会福祉協議会');
    expect(await axe(page)).toEqual([]);
    // The card moved with the checkbox clicks no more than a person would notice.
    await expect.poll(() => topOf(page, 'kasama')).toBe(top);
    await tray.getByRole('link', { name: '比べる(2)' }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('#/compare?plans=okegawa,kasama');
    await expect.poll(() => page.locator('main h1').first().innerText()).toContain('くらべる');
    await page.goBack();
    await expect.poll(() => topOf(page, 'kasama')).toBe(top);
    // Focus was on the tray's link, not on a card: no card takes it.
    expect(await focusedId(page)).toBeNull();
    // Tab down the cards: each link and 「くらべる」 comes into view clear of the tray at the foot of the screen.
    await page.getByLabel('くらべる: 笠間市社会福祉協議会').focus();
    const hidden: number[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      hidden.push(
        await page.evaluate(() =>
          Math.max(
            0,
            Math.round(
              document.activeElement!.getBoundingClientRect().bottom -
                document.querySelector('aside.tray')!.getBoundingClientRect().top,
            ),
          ),
        ),
      );
    }
    expect(hidden).toEqual(Array(12).fill(0));
  });

  it('respects the four-plan limit on the cards', async () => {
    const { page } = await openPage(browser, '/#/');
    const boxes = page.locator('ul.cards input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBe(5);
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    expect(await boxes.nth(4).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '選び直す' }).click();
    expect(await boxes.nth(4).isDisabled()).toBe(false);
  });

  it('with the five seed plans on a phone, and for the filter it was left under', async () => {
    const { page } = await openPage(browser, '/#/', { width: 390, height: 844 });
    const card = page.locator('a[data-plan-id="kasama"]');
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const top = (await topOf(page, 'kasama'))!;
    await card.click();
    await settled(page);
    await page.goBack();
    await expect.poll(() => topOf(page, 'kasama')).toBe(top);
    // Another filter is another list: it starts at the top, and Back to the whole list finds the card again.
    await page.goto(`${baseUrl()}/#/?pref=${encodeURIComponent('茨城県')}`);
    await expect.poll(() => page.locator('a[data-plan-id]').count()).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await expect.poll(() => topOf(page, 'kasama')).toBe(top);
  });
});
