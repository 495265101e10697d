import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { slides } from '../../src/lib/state/slides';
import { PlanTree } from '../../src/lib/plan/hierarchy';
import { axe, launch, openPage, watch } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());
const node = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('node');

describe('presentation mode', () => {
  it('steps through the vision and every goal by key presses; focus and URL follow; Esc leaves', async () => {
    const plan = JSON.parse(readFileSync('static/plans/tsurugashima.json', 'utf8')) as Plan;
    const deck = slides(new PlanTree(plan.root)).map((n) => (n === plan.root ? null : n.id));
    const { page, problems } = await openPage(browser, '/#/present/tsurugashima', { width: 1920, height: 1080 });
    await page.locator('[data-slide]').waitFor();
    expect(await page.locator('header.app-bar').count()).toBe(0); // no app chrome
    const entries = await page.evaluate(() => window.history.length);
    const seen: (string | null)[] = [node(page)];
    for (let i = 1; i < deck.length; i++) {
      await page.keyboard.press(i % 3 === 0 ? 'PageDown' : i % 3 === 1 ? 'ArrowRight' : 'Space');
      await expect.poll(() => node(page)).toBe(deck[i]);
      expect(await page.locator('[data-slide]').getAttribute('data-node-id')).toBe(deck[i] ?? plan.root.id);
      seen.push(node(page));
    }
    expect(seen).toEqual(deck);
    // Slides replace the history entry: Back leaves the talk instead of stepping through it.
    expect(await page.evaluate(() => window.history.length)).toBe(entries);
    for (const goal of plan.root.children) expect(seen).toContain(goal.id);
    expect(await page.locator('.counter').innerText()).toBe(`${deck.length} / ${deck.length}`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => node(page)).toBe(deck[deck.length - 2]);
    await page.keyboard.press('2');
    await expect.poll(() => node(page)).toBe(plan.root.children[1].id);
    await page.locator('g.labels.settled').waitFor();
    // Projector type: every label on the diagram is at least 28 px.
    const sizes = await page
      .locator('text[data-label-for]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('font-size'))));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    expect(await axe(page)).toEqual([]);

    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.blank').count()).toBe(1);
    await page.keyboard.press('ArrowRight'); // any key brings the picture back, without moving on
    await expect.poll(() => page.locator('.blank').count()).toBe(0);
    expect(node(page)).toBe(plan.root.children[1].id);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toContain(`#/plan/tsurugashima?view=sunburst&node=${plan.root.children[1].id}`);
    expect(problems).toEqual([]);
  });

  it('opens from a plan link with &present=1, and from the 発表モード button', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?present=1');
    await expect.poll(() => page.locator('.counter').innerText()).toMatch(/^1 \/ \d+/);
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
    // The handout's code follows the first paint, as the diagrams' does: in place long before a person prints.
    await expect.poll(() => pages.count()).toBe(4);
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

/** Font sizes (px) of every piece of text on the projected slide. */
const slideTextSizes = (page: Page) =>
  page.locator('[data-slide] .slide-text').evaluate((root) => {
    const out: number[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode())
      if (t.textContent?.trim()) out.push(parseFloat(getComputedStyle(t.parentElement!).fontSize));
    return out;
  });
/** Does the slide's text fit its box (nothing cut off below or to the side)? */
const slideFits = (page: Page) =>
  page
    .locator('[data-slide] .slide-text')
    .evaluate((e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1);

describe('slides fit for a room', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ]) {
    it(`every slide of 笠間 shows its words (continued when long), numbered once, at 28 px or more, without overflow at ${width}×${height}`, async () => {
      const plan = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8')) as Plan;
      const deck = slides(new PlanTree(plan.root));
      const { page } = await openPage(browser, '/#/present/kasama', { width, height });
      for (let i = 0; i < deck.length; i++) {
        const n = deck[i];
        if (i > 0) await page.keyboard.press('ArrowRight');
        await expect.poll(() => page.locator('[data-slide]').getAttribute('data-node-id')).toBe(n.id);
        // A slide too long for the screen continues on the next page (続き k/m): its words are read across them.
        let text = '';
        for (;;) {
          await expect.poll(() => slideFits(page), { message: `slide ${i + 1} fits` }).toBe(true);
          expect(Math.min(...(await slideTextSizes(page))), `slide ${i + 1}`).toBeGreaterThanOrEqual(28);
          text += await page.locator('[data-slide] .slide-text').innerText();
          const counter = await page.locator('.counter').innerText();
          const part = /続き (\d+)\/(\d+)/.exec(counter);
          if (!part || part[1] === part[2]) break;
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => page.locator('.counter').innerText()).not.toBe(counter);
        }
        // A 取組 slide is not an empty disc: its description is on it.
        if (n.description) expect(text).toContain(n.description.split('\n')[0].slice(0, 20));
        for (const c of n.children) expect(text).toContain(c.title);
        // One number per item: no list numbering on top of the item's own code.
        if (n.children[0]?.code) expect(text).not.toContain(`1. ${n.children[0].code}`);
        expect(
          await page
            .locator('[data-slide] ol, [data-slide] ul')
            .evaluateAll((els) => els.map((e) => getComputedStyle(e).listStyleType)),
        ).not.toContain('decimal');
        // A leaf's title is on the slide once (no cut copy in a diagram's centre).
        if (!n.children.length) expect(await page.locator('[data-slide] g.centre').count()).toBe(0);
      }
    });
  }

  it('has on-screen previous / next buttons and moves by swipe on a touch screen', async () => {
    const { page } = await openPage(browser, '/#/present/kasama', { width: 390, height: 844 });
    const counter = () => page.locator('.counter').innerText();
    await expect.poll(counter).toMatch(/^1 \//);
    const first = await counter();
    // On a phone the vision's words continue on a second page (続き 2/…): 次へ shows it, 前へ comes back.
    await page.getByRole('button', { name: '次へ →' }).click();
    await expect.poll(counter).toMatch(/^1 \/ \d+\(続き 2\//);
    await page.getByRole('button', { name: '← 前へ' }).click();
    await expect.poll(counter).toBe(first);
    expect(node(page)).toBeNull();
    // Every header button is on the screen of a phone.
    for (const b of await page.locator('header.top button').all()) {
      const box = (await b.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    const swipe = (from: number, to: number) =>
      page.locator('.present').evaluate(
        (el, [a, b]) => {
          const ev = (type: string, x: number) =>
            el.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: 400, pointerType: 'touch', bubbles: true }));
          ev('pointerdown', a);
          ev('pointerup', b);
        },
        [from, to],
      );
    await swipe(300, 80);
    await expect.poll(counter).toMatch(/^1 \/ \d+\(続き 2\//);
    await swipe(80, 300);
    await expect.poll(counter).toBe(first);
  });

  it('says so when the link names an item the plan does not have', async () => {
    const { page } = await openPage(browser, '/#/present/kasama?node=9-9');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('項目「9-9」はこの計画にありません');
    expect(await page.locator('.counter').innerText()).toMatch(/^1 \//);
  });
});

describe('presenter view', () => {
  it('opens in a second window with this and the next slide, notes and a timer, and both windows stay in step', async () => {
    const { page } = await openPage(browser, '/#/present/kasama?node=1', { width: 1920, height: 1080 });
    await page.locator('[data-slide]').waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const { page: presenter } = await watch(popup);
    await presenter.getByRole('complementary', { name: '話者メモ' }).waitFor();
    expect(presenter.url()).toContain('speaker=1');
    expect(await presenter.locator('.next').innerText()).toContain('地域コミュニティの基盤づくり');
    await expect.poll(() => presenter.locator('.timer').innerText()).toMatch(/経過 0:0[1-9]/);
    // Notes are never on the audience screen.
    expect(await page.getByRole('complementary', { name: '話者メモ' }).count()).toBe(0);
    expect(await page.locator('.timer').count()).toBe(0);

    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => node(page)).toBe('1-1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => node(presenter)).toBe('1-2');
    await presenter.keyboard.press('b');
    await expect.poll(() => page.locator('.blank').count()).toBe(1);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.blank').count()).toBe(0);
    await presenter.setViewportSize({ width: 1280, height: 800 });
    expect(await axe(presenter)).toEqual([]);
  });
});

describe('handout', () => {
  it('prints each goal once, without a doubled level name or a bullet before a number', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama');
    await page.locator('path.arc').first().waitFor();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const heads = await page.locator('.handout h2').allInnerTexts();
    for (const h of heads) expect(h).not.toMatch(/^(\S+) \1$/);
    const bullets = await page
      .locator('.handout li')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).listStyleType));
    expect(bullets.filter((b) => b !== 'none')).toEqual([]);
  });
});
