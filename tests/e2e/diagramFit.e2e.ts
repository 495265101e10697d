import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { phrasePieces, phrases } from '../../src/lib/layout/phrases';
import { baseUrl, launch, settled, watch } from './browser';

const SIZES = [
  [390, 844],
  [1024, 768],
  [1280, 800],
  [1920, 1080],
] as const;
const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;
const PLANS = ['okegawa', 'tsurugashima'];

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const nodesOf = (id: string) => {
  const plan = JSON.parse(readFileSync(`static/plans/${id}.json`, 'utf8')) as Plan;
  const byId = new Map<string, PlanNode>();
  walk(plan.root, (n) => void byId.set(n.id, n));
  return byId;
};

async function openAt(width: number, height: number, textSize: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  await context.addInitScript((s) => localStorage.setItem('welfare-plan-explorer:text-size', s), textSize);
  const page = await context.newPage();
  await watch(page);
  return page;
}

/**
 * What a reader would see go wrong with the sunburst: a sector's outline (sampled along its
 * path) or a label outside the card that clips it, or under the legend. Returns the problems
 * and each label's lines.
 */
const sunburstGeometry = (page: Page) =>
  page.evaluate(() => {
    const sun = document.querySelector('.sunburst')!;
    let card: Element = sun;
    while (card.parentElement && getComputedStyle(card).overflow === 'visible') card = card.parentElement;
    const box = card.getBoundingClientRect();
    const legend = sun.querySelector('.legend')?.getBoundingClientRect();
    const inBox = (x: number, y: number) =>
      x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1;
    const underLegend = (x: number, y: number) =>
      !!legend && x > legend.left && x < legend.right && y > legend.top && y < legend.bottom;
    const problems: string[] = [];
    for (const path of sun.querySelectorAll<SVGPathElement>('path.arc:not(.hidden)')) {
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      for (let i = 0; i < 64; i++) {
        const p = path.getPointAtLength((length * i) / 64).matrixTransform(ctm);
        if (!inBox(p.x, p.y)) problems.push(`sector ${path.dataset.nodeId} outside its card`);
        if (underLegend(p.x, p.y)) problems.push(`sector ${path.dataset.nodeId} under the legend`);
      }
    }
    const labels = [...sun.querySelectorAll<SVGTextElement>('text[data-label-for]')].map((t) => {
      const r = t.getBoundingClientRect();
      if (!inBox(r.left, r.top) || !inBox(r.right, r.bottom))
        problems.push(`label ${t.dataset.labelFor} outside its card`);
      if (legend && r.left < legend.right && legend.left < r.right && r.top < legend.bottom && legend.top < r.bottom)
        problems.push(`label ${t.dataset.labelFor} under the legend`);
      return {
        id: t.dataset.labelFor!,
        lines: [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? ''),
        size: Number(t.getAttribute('font-size')),
      };
    });
    return { problems: [...new Set(problems)], labels };
  });

/** Characters that count for a line's place in its title: spaces are dropped where a line breaks. */
const chars = (t: string) => [...t.replace(/\s/gu, '')].length;
const squeeze = (t: string) => t.replace(/\s/gu, '');

/** Where a label may end a line: after a phrase, or a piece of a phrase too long for a line. */
function lineEnds(title: string): Set<number> {
  const ends = new Set<number>();
  let at = 0;
  for (const p of phrases(title)) for (const piece of phrasePieces(p)) ends.add((at += chars(piece)));
  return ends;
}

/** A label's lines are the title's phrases (or its number), maybe shortened with …, never a word cut in two. */
function labelProblem(node: PlanNode, lines: string[]): string | null {
  const shown = lines.join('');
  if (node.code && shown === node.code) return null;
  if (!squeeze(node.title).startsWith(squeeze(shown.replace(/…$/, ''))))
    return `「${shown}」 is not the start of 「${node.title}」`;
  const ends = lineEnds(node.title);
  let at = 0;
  for (const line of lines.slice(0, -1))
    if (!ends.has((at += chars(line)))) return `「${lines.join('/')}」 breaks inside a word`;
  return null;
}

describe('the sunburst fits its box', () => {
  for (const [width, height] of SIZES) {
    it(`at ${width}×${height}, at every text size, on the plan page and in the embed: no ring cut or under the legend; labels break between phrases`, async () => {
      const problems: string[] = [];
      for (const textSize of TEXT_SIZES) {
        const page = await openAt(width, height, textSize);
        for (const id of PLANS) {
          const nodes = nodesOf(id);
          for (const embed of [false, true]) {
            const where = `${id} ${textSize}${embed ? ' embed' : ''}`;
            await page.goto(`${baseUrl()}/#/plan/${id}?view=sunburst${embed ? '&embed=1' : ''}`);
            await settled(page);
            const g = await sunburstGeometry(page);
            problems.push(...g.problems.map((p) => `${where}: ${p}`));
            for (const l of g.labels) {
              const p = labelProblem(nodes.get(l.id)!, l.lines);
              if (p) problems.push(`${where}: ${p}`);
              if (l.size < 14) problems.push(`${where}: label ${l.id} at ${l.size} px`);
            }
            // 特大 on a screen of a computer: fewer rings, with words in them, not numbers only.
            if (textSize === 'xlarge' && width >= 1024) {
              const words = g.labels.filter((l) => l.lines.join('') !== nodes.get(l.id)!.code);
              expect(words.length, `${where}: sectors with words`).toBeGreaterThanOrEqual(
                Math.ceil(g.labels.length / 2),
              );
              expect(words.length, `${where}: sectors with words`).toBeGreaterThan(0);
            }
          }
        }
        await page.context().close();
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Every tree label and count on the canvas, at the size it is drawn (its font size × the zoom). */
const treeText = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('.tree svg')!.getBoundingClientRect();
    return [...document.querySelectorAll<SVGTextElement>('.tree svg text')].flatMap((t) => {
      const r = t.getBoundingClientRect();
      const onCanvas = r.right > svg.left && r.left < svg.right && r.bottom > svg.top && r.top < svg.bottom;
      return onCanvas
        ? [{ text: t.textContent ?? '', px: Number(t.getAttribute('font-size')) * t.getScreenCTM()!.a }]
        : [];
    });
  });

describe('a shared link opened on a phone', () => {
  it('lands on the tree with its focused item on the first screen, results below; text ≥ 14 px, also after 全体表示', async () => {
    const page = await openAt(390, 844, 'standard');
    await page.goto(`${baseUrl()}/#/plan/okegawa?view=tree&node=2-1&q=${encodeURIComponent('ボランティア')}`);
    await settled(page);
    await expect.poll(() => page.locator('#results-title').innerText()).toMatch(/\d+ 件/);
    // Opened, not scrolled away to the results: they are below the diagram, for later.
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    const focused = (await page.locator('.tree g.node[aria-current="true"] .label').boundingBox())!;
    const canvas = (await page.locator('.tree svg').boundingBox())!;
    const toolbar = (await page.locator('.tree [role="toolbar"]').boundingBox())!;
    expect(focused.x).toBeGreaterThanOrEqual(canvas.x);
    expect(focused.x + focused.width).toBeLessThanOrEqual(Math.min(390, canvas.x + canvas.width));
    expect(focused.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
    expect(focused.y + focused.height).toBeLessThanOrEqual(Math.min(844, canvas.y + canvas.height));
    expect((await page.locator('.results').boundingBox())!.y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
    const sizes = await treeText(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.px < 13.9)).toEqual([]);

    await page.getByRole('button', { name: '全体表示' }).click();
    await settled(page);
    const fitted = await treeText(page);
    // The top levels, legibly: the vision and its goals on the canvas, nothing at 2 px.
    expect(fitted.filter((s) => s.px < 13.9)).toEqual([]);
    const plan = JSON.parse(readFileSync('static/plans/okegawa.json', 'utf8')) as Plan;
    const shown = fitted.map((s) => s.text).join('');
    for (const goal of plan.root.children) expect(shown).toContain(goal.title.slice(0, 4));
  });
});

describe('くらべる with three plans', () => {
  it('at 1280 wide sets them side by side, each diagram whole on the first screen', async () => {
    const page = await openAt(1280, 800, 'standard');
    await page.goto(`${baseUrl()}/#/compare?plans=kisarazu,okegawa,tsurugashima`);
    await expect.poll(() => page.locator('section.panel[data-plan-id] .sunburst svg').count()).toBe(3);
    await settled(page);
    const boxes = await page.locator('section.panel[data-plan-id]').evaluateAll((panels) =>
      panels.map((p) => {
        const panel = p.getBoundingClientRect();
        const disc = p.querySelector('.sunburst svg')!.getBoundingClientRect();
        return {
          left: panel.left,
          right: panel.right,
          top: panel.top,
          disc: { left: disc.left, right: disc.right, top: disc.top, bottom: disc.bottom },
        };
      }),
    );
    // Side by side: one row, left to right, not overlapping.
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
    for (let i = 1; i < 3; i++) expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right);
    // Each plan's diagram wholly in the window, with no scrolling.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (const { disc } of boxes) {
      expect(disc.left).toBeGreaterThanOrEqual(0);
      expect(disc.right).toBeLessThanOrEqual(1280);
      expect(disc.top).toBeGreaterThanOrEqual(0);
      expect(disc.bottom).toBeLessThanOrEqual(800);
    }
  });
});
