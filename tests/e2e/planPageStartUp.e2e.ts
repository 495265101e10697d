import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../../src/lib/plan/schema';
import { launch, openPage, settled } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PHONE = { width: 390, height: 844 };
const count = (n: PlanNode): number => 1 + n.children.reduce((sum, c) => sum + count(c), 0);
/**
 * The most elements one update of the app may add while it starts: a piece of the start-up
 * (src/lib/startUp/). The whole outline of a big plan at once (several hundred) is a task a
 * phone spends a few hundred milliseconds on, with taps unanswered.
 */
const MOST_PER_UPDATE = 100;

/**
 * Before anything of the page runs: each update of the page (one MutationObserver delivery, one
 * rendering step of the app) and how many elements it added to the app; and how many outline
 * rows the app had when the page's text gave way to it.
 */
function recordStartUp() {
  const record = { updates: [] as number[], rowsWhenTaken: -1 };
  (window as unknown as { startUp: typeof record }).startUp = record;
  new MutationObserver((changes) => {
    const added = new Set<Element>();
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node instanceof Element && node.closest('#app'))
          [node, ...node.querySelectorAll('*')].forEach((e) => added.add(e));
    if (added.size) record.updates.push(added.size);
    const gone = changes.some((c) => [...c.removedNodes].some((n) => n instanceof Element && n.id === 'static-plan'));
    if (gone) record.rowsWhenTaken = document.querySelectorAll('#app [role="treeitem"]').length;
  }).observe(document, { childList: true, subtree: true });
}

describe("a plan's own page on a phone: the app starts in small pieces", () => {
  // The biggest seed plan, and a deep item named in the link (the way to it opens).
  it('okegawa: no update of the start-up adds more than a small piece, and the text stays until the whole outline is in', async () => {
    const plan = JSON.parse(readFileSync('static/plans/okegawa.json', 'utf8')) as Plan;
    const deep = plan.root.children.at(-1)!.children.at(-1)!;
    const { page, problems } = await openPage(
      browser,
      `/council-site/plan/okegawa/#view=outline&node=${deep.id}`,
      PHONE,
    );
    await page.addInitScript(recordStartUp);
    await page.reload();
    await expect.poll(() => page.locator('#static-plan').count()).toBe(0);
    await page.locator('[role="tree"][data-settled="true"]').waitFor();
    const { updates, rowsWhenTaken } = await page.evaluate(
      () => (window as unknown as { startUp: { updates: number[]; rowsWhenTaken: number } }).startUp,
    );
    const total = updates.reduce((a, b) => a + b, 0);
    // The app is many pieces' worth (so the bound means something), and came a piece at a time.
    expect(total).toBeGreaterThan(4 * MOST_PER_UPDATE);
    expect(Math.max(...updates), `elements added per update: ${updates.join(', ')}`).toBeLessThanOrEqual(
      MOST_PER_UPDATE,
    );
    // Whatever the pieces, the reader saw the text, then the whole outline: every item, the linked one chosen.
    expect(rowsWhenTaken).toBe(count(plan.root));
    await expect
      .poll(() => page.locator(`[role="treeitem"][data-node-id="${deep.id}"]`).getAttribute('aria-current'))
      .toBe('true');
    expect(problems).toEqual([]);
  });
});

describe("a plan's own page on a laptop: the app it becomes is the app", () => {
  it('okegawa at 1280×800: the diagram reaches the bottom of the window, as on the app page (measured while the text was still there)', async () => {
    const { page, problems } = await openPage(browser, '/council-site/plan/okegawa/', { width: 1280, height: 800 });
    await expect.poll(() => page.locator('#static-plan').count()).toBe(0);
    await settled(page);
    const bottom = () =>
      page.locator('.explorer .diagram').evaluate((d) => Math.round(d.getBoundingClientRect().bottom));
    // main's bottom padding (2rem) under it, nothing else; no scrolling.
    await expect.poll(bottom).toBeGreaterThan(800 - 48);
    expect(await bottom()).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(problems).toEqual([]);
  });
});
