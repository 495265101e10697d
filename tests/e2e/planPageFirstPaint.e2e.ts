import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PHONE = { width: 390, height: 844 };

/** Before anything of the page runs: every largest-paint candidate, and what it was. */
function recordLargestPaints() {
  const seen: { size: number; inStaticText: boolean }[] = [];
  (window as unknown as { largestPaints: typeof seen }).largestPaints = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { size: number; element: Element | null })[])
      seen.push({ size: e.size, inStaticText: !!e.element?.closest('#static-plan') });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

describe("a plan's own page on a phone: the words first", () => {
  // Two plans of different shape: one whose first screen has long passages, one of short items only.
  for (const id of ['okegawa', 'minami-sample']) {
    it(`${id}: the words paint before any of the app's code or data is asked for, and stay the largest paint after the app takes over`, async () => {
      // Opened once, then again with the paints recorded from the start (the observer goes in before the page's scripts).
      const { page: opened, problems } = await openPage(browser, `/council-site/plan/${id}/`, PHONE);
      await opened.addInitScript(recordLargestPaints);
      await opened.reload();
      // The app has taken the page over (its outline is there, the text gone).
      await expect.poll(() => opened.locator('#static-plan').count()).toBe(0);
      await opened.locator('[role="tree"] [role="treeitem"]').first().waitFor();
      const { firstPaint, requests } = await opened.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
        requests: performance
          .getEntriesByType('resource')
          .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
      }));
      const early = requests.filter(
        (r) => /\.(js|json)$/.test(r.name) && !/\/assets\/boot-[\w-]+\.js$/.test(r.name) && r.start < firstPaint,
      );
      expect(early, 'asked for before the words were on screen').toEqual([]);
      expect(requests.some((r) => /\/assets\/index-[\w-]+\.js$/.test(r.name))).toBe(true);
      const paints = await opened.evaluate(
        () => (window as unknown as { largestPaints: { size: number; inStaticText: boolean }[] }).largestPaints,
      );
      expect(paints.length).toBeGreaterThan(0);
      expect(
        paints.filter((p) => !p.inStaticText),
        'a larger paint by the app after it took over',
      ).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
