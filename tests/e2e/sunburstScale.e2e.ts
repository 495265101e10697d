import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../../src/lib/plan/schema';
import { axe, launch, settled, watch } from './browser';
import { bigPlan, range } from './bigPlan';
import { serve } from './server';

// A plan of 2,005 items (4 goals × 100 measures × 4 actions), served with dist/ under the
// strict CSP: the second ring (400 sectors) is dense, so it is drawn on the canvas. Goal 1's
// measures are evaluated A, B, C, D in turn (its progress sheet is published beside it).
const big = bigPlan();

let browser: Browser;
let server: Server;
let base: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scale-e2e-'));
  cpSync('dist', dir, { recursive: true });
  writeFileSync(join(dir, 'plans/big.json'), JSON.stringify(big));
  writeFileSync(
    join(dir, 'plans/big.progress.csv'),
    ['id,年度,評価,メモ', ...range(100).map((m) => `1-${m},2025,${'ABCD'[(m - 1) % 4]},`)].join('\n'),
  );
  const index = JSON.parse(readFileSync(join(dir, 'plans/index.json'), 'utf8'));
  index.plans.push({
    id: 'big',
    council: big.council,
    municipality: '',
    prefecture: '',
    title: big.title,
    period: null,
    vision: big.vision,
    nodeCount: 2005,
  });
  writeFileSync(join(dir, 'plans/index.json'), JSON.stringify(index));
  ({ server, url: base } = await serve(dir));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(hash: string, deviceScaleFactor = 1): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor });
  await watch(page);
  await page.goto(`${base}/${hash}`);
  await settled(page);
  return page;
}
const hashParam = (page: Page, key: string) =>
  new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get(key);

/**
 * A point on screen inside the sector of `id` in the second ring, found as a person would
 * aim: along the middle of its angle, just outside its parent's SVG sector in the first ring.
 */
async function pointOn(page: Page, parent: string, turn: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([parentId, t]) => {
      const svg = document.querySelector('.sunburst svg')!.getBoundingClientRect();
      const [cx, cy] = [svg.x + svg.width / 2, svg.y + svg.height / 2];
      const a = t * 2 * Math.PI;
      const xy = (r: number) => ({ x: cx + Math.sin(a) * r, y: cy - Math.cos(a) * r });
      let r = 0;
      while (
        r < svg.width / 2 &&
        document.elementFromPoint(xy(r).x, xy(r).y)?.getAttribute('data-node-id') !== parentId
      )
        r++;
      while (
        r < svg.width / 2 &&
        document.elementFromPoint(xy(r).x, xy(r).y)?.getAttribute('data-node-id') === parentId
      )
        r++;
      return xy(r + 15);
    },
    [parent, turn] as const,
  );
}

describe('a sunburst with dense rings', () => {
  it('draws the dense ring on a canvas at the screen’s pixel density, the first ring as SVG', async () => {
    const page = await open('#/plan/big', 2);
    const canvas = await page.locator('.sunburst canvas').evaluate((c: HTMLCanvasElement) => ({
      width: c.width,
      css: c.getBoundingClientRect().width,
      sectors: Number(c.dataset.sectors),
      hidden: c.getAttribute('aria-hidden'),
    }));
    expect(canvas.width).toBe(canvas.css * 2);
    expect(canvas.sectors).toBeGreaterThanOrEqual(400);
    expect(canvas.hidden).toBe('true');
    expect(
      await page.locator('path.arc').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-node-id')).sort()),
    ).toEqual(['1', '2', '3', '4']);
    expect(await axe(page)).toEqual([]);
  });

  it('paints evaluations on canvas sectors as the SVG does: the fill, and a pattern besides the colour', async () => {
    const page = await open('#/plan/big', 2);
    // The sheet arrives after the plan: goal 1's roll-up band says it is in.
    await page.locator('path.band').first().waitFor();
    await settled(page);
    const box = (await page.locator('.sunburst canvas').boundingBox())!;
    /** Canvas pixels (RGB) along the middle of a measure's sector, 8 to 60 px outside goal 1. */
    const pixels = async (m: number) => {
      const near = await pointOn(page, '1', (m - 0.5) / 400);
      const far = {
        x: near.x + (near.x - box.x - box.width / 2) * 0.15,
        y: near.y + (near.y - box.y - box.height / 2) * 0.15,
      };
      return page.locator('.sunburst canvas').evaluate(
        (c: HTMLCanvasElement, [x0, y0, x1, y1]) => {
          const ctx = c.getContext('2d')!;
          return Array.from({ length: 20 }, (_, i) =>
            [
              ...ctx.getImageData(
                Math.round((x0 + ((x1 - x0) * i) / 19) * 2),
                Math.round((y0 + ((y1 - y0) * i) / 19) * 2),
                1,
                1,
              ).data,
            ].slice(0, 3),
          );
        },
        [near.x - box.x, near.y - box.y, far.x - box.x, far.y - box.y],
      );
    };
    // 1-41 is A: the plain fill of the best rank (#9ed9b3).
    expect((await pixels(41)).filter(([r, g, b]) => r === 0x9e && g === 0xd9 && b === 0xb3).length).toBeGreaterThan(10);
    // 1-43 is C: its fill (#ffd48a) crossed by dark diagonal lines.
    const c = await pixels(43);
    expect(c.some(([r, g, b]) => r === 0xff && g === 0xd4 && b === 0x8a)).toBe(true);
    expect(c.some(([r, g, b]) => r + g + b < 450)).toBe(true);
  });

  it('hovering a canvas sector shows its tip; clicking it focuses that item', async () => {
    const page = await open('#/plan/big');
    // Measure 1-41 of goal 1 sits at 40.5/400 of the circle.
    const p = await pointOn(page, '1', 40.5 / 400);
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.tip strong').textContent()).toBe('合成項目 1-41');
    expect(await page.locator('.sunburst svg').evaluate((s) => getComputedStyle(s).cursor)).toBe('pointer');
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => hashParam(page, 'node')).toBe('1-41');
    expect(await page.locator('.tip').count()).toBe(0);
    await expect.poll(() => page.locator('[aria-current="true"][data-node-id="1-41"]').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('navigation', { name: /パンくず/ }).textContent())
      .toContain('合成項目 1-41');
    await settled(page);
    // Its four actions are few: back in SVG, each its own sector.
    expect(await page.locator('path.arc').evaluateAll((ps) => ps.map((e) => e.getAttribute('data-node-id')))).toEqual([
      '1-41-1',
      '1-41-2',
      '1-41-3',
      '1-41-4',
    ]);
  });

  it('keyboard users zoom ring by ring: once a zoom ends the first ring is SVG, even with 100 items', async () => {
    const page = await open('#/plan/big');
    await page.locator('path.arc[data-node-id="2"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParam(page, 'node')).toBe('2');
    await settled(page);
    expect(await page.locator('path.arc[tabindex="0"]').count()).toBe(100);
    await page.locator('path.arc[data-node-id="2-7"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParam(page, 'node')).toBe('2-7');
    await page.keyboard.press('Escape');
    await expect.poll(() => hashParam(page, 'node')).toBe('2');
  });
});

describe('exporting a sunburst with dense rings', () => {
  it('draws the canvas part into the SVG file as paths, and leaves the page as it was', async () => {
    const page = await open('#/plan/big');
    await page.locator('details.export > summary').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    const svg = readFileSync((await dl.path())!, 'utf8');
    const paths = await page.evaluate(
      (s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('path').length,
      svg,
    );
    // 4 goals and 400 measures, each measure ending in its own sector.
    expect(paths).toBeGreaterThanOrEqual(404);
    expect(await page.locator('.sunburst svg path').count()).toBeLessThan(50);
  });
});

describe('the seed plans', () => {
  it('draw every sector as SVG, with no canvas', async () => {
    for (const id of ['kasama', 'chiba']) {
      const page = await open(`#/plan/${id}`);
      const plan = JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan;
      let nodes = 0;
      const walk = (n: PlanNode) => ((nodes += 1), n.children.forEach(walk));
      walk(plan.root);
      expect(await page.locator('.sunburst canvas').count()).toBe(0);
      expect(await page.locator('path.arc').count()).toBe(nodes - 1);
      await page.close();
    }
  });
});
