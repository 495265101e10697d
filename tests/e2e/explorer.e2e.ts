import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { axe, baseUrl, launch, openPage, settled, watch } from './browser';

const PLANS = ['kisarazu', 'chiba', 'okegawa', 'kasama', 'tsurugashima'];
const idsOf = (id: string) => {
  const plan = JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan;
  const ids: string[] = [];
  walk(plan.root, (n) => ids.push(n.id));
  return ids;
};
const drawnIds = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-node-id')))].sort());
/** Clicks a sector where a person would: on its label (labels let clicks through to the arc). */
async function clickArc(page: Page, id: string) {
  const box = await page.locator(`text[data-label-for="${id}"]`).boundingBox();
  if (!box) throw new Error(`sector ${id} has no label to click`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
const hashParam = (page: Page, key: string) =>
  new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get(key);

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe.each(PLANS)('plan %s', (id) => {
  it('draws every node in each view, with no console errors or CSP violations', async () => {
    const want = idsOf(id).sort();
    const { page, problems } = await openPage(browser, `/#/plan/${id}?view=sunburst`);
    await expect.poll(() => drawnIds(page, 'svg [data-node-id]')).toEqual(want);
    await settled(page);

    await page.getByRole('button', { name: 'ツリー' }).click();
    await page.getByRole('button', { name: 'すべて開く' }).click();
    await page.getByRole('button', { name: '全体表示' }).click();
    await expect.poll(() => drawnIds(page, 'g.node[data-node-id]')).toEqual(want);
    await settled(page);

    await page.getByRole('button', { name: 'アウトライン' }).click();
    await expect.poll(() => drawnIds(page, '[role="treeitem"][data-node-id]')).toEqual(want);
    expect(problems).toEqual([]);
  });

  it('has no accessibility violations in any view (axe-core)', async () => {
    for (const view of ['sunburst', 'tree', 'outline']) {
      const { page } = await openPage(browser, `/#/plan/${id}?view=${view}`);
      await page.locator('[data-node-id]').first().waitFor();
      await settled(page);
      expect(await axe(page), view).toEqual([]);
    }
  });

  it('is usable on a phone: outline first, diagrams one tap away', async () => {
    const { page } = await openPage(browser, `/#/plan/${id}`, { width: 390, height: 844 });
    await page.getByRole('tree').waitFor();
    // Long titles wrap inside the screen instead of running off its edge.
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('.diagram')!.getBoundingClientRect();
      return (
        Math.max(
          ...[...document.querySelectorAll('[role="treeitem"] > .row')].map((r) => r.getBoundingClientRect().right),
        ) - box.right
      );
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'サンバースト' }).click();
    await page.locator('svg path[data-node-id]').first().waitFor();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'ツリー' }).click();
    await page.locator('g.node').first().waitFor();
    await settled(page);
  });
});

describe('zooming the sunburst', () => {
  it('clicking an arc zooms into it (focus and URL change), the centre zooms back out', async () => {
    const { page } = await openPage(browser, '/#/plan/chiba');
    await page.locator('text[data-label-for="2"]').waitFor();
    await clickArc(page, '2');
    await expect.poll(() => hashParam(page, 'node')).toBe('2');
    await expect.poll(() => page.locator('[aria-current="true"]').first().getAttribute('data-node-id')).toBe('2');
    await settled(page);
    // The focused goal's children now fill the first ring.
    await clickArc(page, '2-3');
    await expect.poll(() => hashParam(page, 'node')).toBe('2-3');
    await settled(page);
    await page.locator('g.centre').click();
    await expect.poll(() => hashParam(page, 'node')).toBe('2');
    await page.goBack();
    await expect.poll(() => hashParam(page, 'node')).toBe('2-3');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => hashParam(page, 'node')).toBeNull();
  });

  it('zooms with the keyboard: Tab to an arc, Enter in, Escape out', async () => {
    const { page } = await openPage(browser, '/#/plan/kisarazu');
    await page.locator('path.arc[data-node-id="3"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParam(page, 'node')).toBe('3');
    await settled(page);
    await page.locator('path.arc[data-node-id="3-2"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => hashParam(page, 'node')).toBeNull();
  });
});

describe('a phone (390×844, touch): tapping down to an item with nothing under it', () => {
  const planOf = (id: string) => JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan;
  /** The item's detail as a person sees it: its title and first line of description, inside the screen. */
  const inView = (el: Locator) =>
    el.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });

  for (const id of ['kasama', 'tsurugashima']) {
    it(`${id}: shows the item's detail without scrolling by hand, and the disc keeps the item in its ring with a way back`, async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        deviceScaleFactor: 1,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await watch(page);
      await page.goto(`${baseUrl()}/#/plan/${id}?view=sunburst`);
      await settled(page);
      // Down the first branch whose label is on the disc, a tap on each label, to a leaf.
      let node = planOf(id).root;
      while (node.children.length) {
        const next = node.children.find((c) => c.description) ?? node.children[0];
        const box = (await page.locator(`text[data-label-for="${next.id}"]`).boundingBox())!;
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        node = next;
        await expect.poll(() => hashParam(page, 'node')).toBe(node.id);
        await settled(page);
      }
      await expect.poll(() => page.locator('#detail-title').innerText()).toContain(node.title);
      await expect.poll(() => inView(page.locator('#detail-title'))).toBe(true);
      if (node.description) expect(await inView(page.locator('#detail-title ~ p').first())).toBe(true);
      // Scrolled back up, the disc still shows the item among its siblings, marked, and the centre goes back.
      await page.evaluate(() => scrollTo(0, 0));
      const sun = page.locator('.sunburst svg');
      expect(await sun.locator('path.arc:not(.hidden)').count()).toBeGreaterThan(1);
      expect(await sun.locator(`path.arc[data-node-id="${node.id}"]`).getAttribute('aria-current')).toBe('true');
      expect(await sun.locator('[aria-current="true"]').count()).toBe(1);
      expect(await page.locator('g.centre').getAttribute('aria-label')).toContain('▲ 戻る');
      await context.close();
    });
  }
});

describe('hover', () => {
  it('shows the full title and its place for the sector under the mouse', async () => {
    const { page } = await openPage(browser, '/#/plan/tsurugashima');
    await page.locator('text[data-label-for="x1"]').waitFor();
    const box = (await page.locator('text[data-label-for="x1"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.tip').innerText()).toContain('包括的な支援体制づくり');
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('.tip').count()).toBe(0);
  });
});

describe('deep links', () => {
  it('restore view and focus exactly', async () => {
    const { page } = await openPage(browser, '/#/plan/tsurugashima?view=tree&node=2-3');
    await expect.poll(() => page.locator('g.node[aria-current="true"]').getAttribute('data-node-id')).toBe('2-3');
    expect(await page.getByRole('button', { name: 'ツリー' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toContain('地域福祉ネットワークの強化');
    const crumbs = await page.getByRole('navigation', { name: /パンくず/ }).innerText();
    expect(crumbs).toContain('地域生活課題を受けとめ支え合う仕組みづくり');
  });

  it('a node deep in the outline is shown and focused', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa?view=outline&node=3-2-2-3');
    await expect
      .poll(() => page.locator('[role="treeitem"][aria-current="true"]').getAttribute('data-node-id'))
      .toBe('3-2-2-3');
  });

  it('an unknown plan shows a clear Japanese message and a way back', async () => {
    const { page } = await openPage(browser, '/#/plan/atlantis', undefined, { expect: [/404/] });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('計画を表示できません');
    expect(await page.getByRole('alert').innerText()).toContain('この計画は見つかりませんでした');
    await page.getByRole('link', { name: '計画の一覧へ戻る' }).click();
    await expect.poll(() => page.locator('a[data-plan-id]').count()).toBe(5);
  });

  it('an unknown node says so and shows the whole plan', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?node=nope');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('項目「nope」はこの計画にありません');
  });
});

describe('projector', () => {
  it('fills a 1920×1080 screen with a large, legible sunburst', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa', { width: 1920, height: 1080 });
    await page.locator('path.arc').first().waitFor();
    await settled(page);
    const box = await page.locator('.sunburst svg').boundingBox();
    expect(box!.height).toBeGreaterThan(700);
  });
});
