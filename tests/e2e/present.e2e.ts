import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk, type Plan } from '../../src/lib/plan/schema';
import { slides } from '../../src/lib/state/slides';
import { axe, launch, openPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());
const node = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('node');

describe('presentation mode', () => {
  it('steps through the vision and every goal by key presses; focus and URL follow; Esc leaves', async () => {
    const plan = JSON.parse(readFileSync('static/plans/tsurugashima.json', 'utf8')) as Plan;
    const deck = slides(plan.root).map((n) => (n === plan.root ? null : n.id));
    const { page, problems } = await openPage(browser, '/#/present/tsurugashima', { width: 1920, height: 1080 });
    await page.locator('g.centre').waitFor();
    expect(await page.locator('header.app-bar').count()).toBe(0); // no app chrome
    const seen: (string | null)[] = [node(page)];
    for (let i = 1; i < deck.length; i++) {
      await page.keyboard.press(i % 3 === 0 ? 'PageDown' : i % 3 === 1 ? 'ArrowRight' : 'Space');
      await expect.poll(() => node(page)).toBe(deck[i]);
      expect(await page.locator('g.centre').getAttribute('data-node-id')).toBe(deck[i]);
      seen.push(node(page));
    }
    expect(seen).toEqual(deck);
    for (const goal of plan.root.children) expect(seen).toContain(goal.id);
    expect(await page.locator('.counter').innerText()).toBe(`${deck.length} / ${deck.length}`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => node(page)).toBe(deck[deck.length - 2]);
    await page.keyboard.press('2');
    await expect.poll(() => node(page)).toBe(plan.root.children[1].id);
    await page.waitForTimeout(900);
    // Projector type: every label on the diagram is at least 28 px.
    const sizes = await page.locator('text[data-label-for]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('font-size'))));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    await screenshot(page, 'present-1920');
    expect(await axe(page)).toEqual([]);

    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.blank').count()).toBe(1);
    await page.keyboard.press('ArrowRight'); // any key brings the picture back, without moving on
    await expect.poll(() => page.locator('.blank').count()).toBe(0);
    expect(node(page)).toBe(plan.root.children[1].id);
    await page.keyboard.press('s');
    await expect.poll(() => page.getByRole('complementary', { name: '話者メモ' }).innerText()).toContain('話者メモ');
    await screenshot(page, 'present-speaker-1920');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toContain(`#/plan/tsurugashima?view=sunburst&node=${plan.root.children[1].id}`);
    expect(problems).toEqual([]);
  });

  it('opens from a plan link with &present=1, and from the 発表モード button', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?present=1');
    await expect.poll(() => page.locator('.counter').innerText()).toMatch(/^1 \/ \d+$/);
    const other = await openPage(browser, '/#/plan/chiba?node=2');
    await other.page.getByRole('link', { name: '発表モード' }).click();
    await expect.poll(() => other.page.url()).toContain('#/present/chiba?node=2');
  });

  it('prints one goal per page with the full text', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa');
    await page.locator('path.arc').first().waitFor();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint'))); // what the browser fires on Ctrl+P
    await page.emulateMedia({ media: 'print' });
    const pages = page.locator('.handout .page');
    expect(await pages.count()).toBe(4);
    expect(await pages.nth(0).evaluate((e) => getComputedStyle(e).breakAfter)).toBe('page');
    expect(await page.locator('.explorer').isVisible()).toBe(false);
    const text = await page.locator('.handout').innerText();
    let titles = 0;
    const plan = JSON.parse(readFileSync('static/plans/okegawa.json', 'utf8')) as Plan;
    walk(plan.root, (n) => n !== plan.root && (expect(text).toContain(n.title), titles++));
    expect(titles).toBe(77);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
