import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { PlanTree } from '../../src/lib/plan/hierarchy';
import { slides } from '../../src/lib/state/slides';
import { launch, openPage, settled, watch } from './browser';

const PLANS = ['kisarazu', 'chiba', 'okegawa', 'kasama', 'tsurugashima'];
const PROJECTORS = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const;
/** The smallest type a room can read from the back row, px. */
const MIN_FONT = 28;

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/**
 * Everything a person can see go wrong on one projected slide: a piece of text outside the
 * slide, outside the window, under the ← 前へ / 次へ → buttons, cut off by its own box,
 * smaller than the room can read, or a phrase broken across lines (「笑｜顔で」). Measured on each line box of each text node.
 */
const slideProblems = (page: Page) =>
  page.evaluate((minFont) => {
    const slide = document.querySelector('[data-slide]')!.getBoundingClientRect();
    const controls = [...document.querySelectorAll('nav.steps button, header.top')].map((e) =>
      e.getBoundingClientRect(),
    );
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const inside = (a: DOMRect, b: { left: number; right: number; top: number; bottom: number }) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const out: string[] = [];
    const root = document.querySelector('[data-slide] .slide-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const text = t.textContent!.trim();
      if (!text) continue;
      const el = t.parentElement!;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < minFont) out.push(`「${text}」 ${size}px`);
      // The nearest box that clips: text scrolled out of it is text nobody sees.
      let clip: Element | null = el;
      while (clip && clip !== document.body && getComputedStyle(clip).overflowY === 'visible')
        clip = clip.parentElement;
      const range = document.createRange();
      range.selectNodeContents(t);
      // A phrase (文節) breaks across lines after its punctuation, or when it is longer than the
      // line; never between two letters of a word: 「笑｜顔で」 is a problem.
      if (el.matches('[data-part="title"], [data-part="words"]')) out.push(`「${text}」 not split into phrases`);
      if (el.matches('.phrases')) {
        const line = el.closest('[data-part="words"], h2, p')!.getBoundingClientRect().width;
        const raw = t.textContent!;
        const char = document.createRange();
        const breaks: number[] = [];
        let [top, width] = [-Infinity, 0];
        for (let k = 0; k < raw.length; k++) {
          char.setStart(t, k);
          char.setEnd(t, k + 1);
          const r = char.getBoundingClientRect();
          if (r.width < 1) continue;
          if (k > 0 && r.top > top + 1 && !/[\s・、。，,）)」』：:／/]/.test(raw[k - 1])) breaks.push(k);
          top = Math.max(top, r.top);
          width += r.width;
        }
        // A phrase wider than the line has to break somewhere.
        if (width < line - 1)
          for (const k of breaks) out.push(`「${raw.slice(0, k)}｜${raw.slice(k)}」 broken inside a phrase`);
      }
      for (const r of range.getClientRects()) {
        if (r.width < 1) continue;
        if (!inside(r, slide)) out.push(`「${text}」 outside the slide`);
        if (!inside(r, { left: 0, top: 0, right: innerWidth, bottom: innerHeight }))
          out.push(`「${text}」 outside the window`);
        if (clip && clip !== document.body && !inside(r, clip.getBoundingClientRect()))
          out.push(`「${text}」 cut off by its box`);
        if (controls.some((c) => meet(r, c))) out.push(`「${text}」 under the controls`);
      }
    }
    return [...new Set(out)];
  }, MIN_FONT);

const slideNode = (page: Page) => page.locator('[data-slide]').getAttribute('data-node-id');
const slideText = (page: Page) => page.locator('[data-slide] .slide-text').innerText();

describe('every slide of every plan fits a projector', () => {
  for (const [width, height] of PROJECTORS) {
    it(`at ${width}×${height}: all text inside the slide, clear of the controls, ≥ ${MIN_FONT} px; what does not fit continues (続き)`, async () => {
      const { page } = await openPage(browser, '/#/', { width, height });
      const problems: string[] = [];
      for (const id of PLANS) {
        const plan = JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan;
        const deck = slides(new PlanTree(plan.root));
        await page.goto(`${page.url().split('#')[0]}#/present/${id}`);
        await page.locator('[data-slide]').waitFor();
        // All the words a node's slides showed, continuations included.
        const shown = new Map<string, string>();
        for (let step = 0; ; step++) {
          await settled(page, { diagram: false });
          const nodeId = (await slideNode(page))!;
          const text = await slideText(page);
          if (shown.has(nodeId))
            expect(text, `${id} ${nodeId}: a second slide of one item says it continues`).toContain('(続き)');
          shown.set(nodeId, `${shown.get(nodeId) ?? ''}\n${text}`);
          problems.push(...(await slideProblems(page)).map((p) => `${id} slide ${step + 1} (${nodeId}): ${p}`));
          const next = page.getByRole('button', { name: '次へ →' });
          if (await next.isDisabled()) break;
          await page.keyboard.press('ArrowRight');
          await expect
            .poll(async () => `${await slideNode(page)}\n${await slideText(page)}`)
            .not.toBe(`${nodeId}\n${text}`);
        }
        // Nothing was dropped to make it fit: every item and resident line is on one of its slides.
        expect([...shown.keys()]).toEqual(deck.map((n) => n.id));
        for (const n of deck) {
          const all = shown.get(n.id)!.replace(/\s+/g, '');
          for (const c of n.children) expect(all, `${id} ${n.id}`).toContain(c.title.replace(/\s+/g, ''));
          for (const r of n.residents ?? []) expect(all, `${id} ${n.id}`).toContain(r.replace(/\s+/g, ''));
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('the presenter view and a continued slide', () => {
  it('follows the audience window page by page, previews the page shown, and warns when the audience screen is too small', async () => {
    const { page } = await openPage(browser, '/#/present/okegawa?node=1-1', { width: 1024, height: 768 });
    await expect.poll(() => page.locator('.counter').innerText()).toMatch(/続き 1\/\d/);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const { page: presenter } = await watch(popup);
    await presenter.getByRole('complementary', { name: '話者メモ' }).waitFor();
    // What comes next is the rest of this slide, not the next item.
    await expect.poll(() => presenter.locator('.next').innerText()).toMatch(/\(続き 2\/\d\)/);
    expect(await presenter.getByRole('alert').count()).toBe(0);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.counter').innerText()).toMatch(/続き 2\/\d/);
    expect(await page.locator('[data-slide]').getAttribute('data-node-id')).toBe('1-1');
    // The preview shows the page the room sees.
    await expect.poll(() => presenter.locator('.now .slide-text').innerText()).toContain('(続き)');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => presenter.locator('.now .slide-text').innerText()).not.toContain('(続き)');
    // The venue's screen turns out smaller than the slides are made for: the presenter is told.
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => presenter.getByRole('alert').innerText()).toContain('小さすぎます');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => presenter.getByRole('alert').count()).toBe(0);
  });
});
