// Exports under the site's own CSP (exactly the README's: default-src 'self', no data: or blob:
// images), with hostile and broken text in the plan, and the custom element's example page.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, settled } from './browser';
import { bigPlan, range } from './bigPlan';
import { serve } from './server';

let browser: Browser;
/** The exported pictures, to look at. */
const shots = '/tmp/shots-sheets';
mkdirSync(shots, { recursive: true });
/** The same files without any CSP: only to draw a reference picture of an SVG the usual way. */
let reference: { server: Server; url: string };
beforeAll(async () => {
  browser = await launch();
  reference = await serve('dist', 0, '/x/', { csp: false });
});
afterAll(async () => {
  await browser?.close();
  reference?.server.close();
});

const openExport = (page: Page) => page.locator('details.export > summary').click();
const bytes = async (d: Download) => readFileSync((await d.path())!);
async function exportBoth(page: Page): Promise<{ svg: string; png: Buffer }> {
  await openExport(page);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PNG/ }).click()]);
  return { svg: (await bytes(svg)).toString('utf8'), png: await bytes(png) };
}

/**
 * How far the PNG is from the SVG drawn as an image by the browser (on a page with no CSP):
 * the share of pixels that differ clearly, and the share of pixels that are not white in each.
 */
async function compare(svg: string, png: Buffer): Promise<{ differ: number; inkPng: number; inkSvg: number }> {
  const page = await browser.newPage();
  await page.goto(`${reference.url}/x/element.html`);
  const result = await page.evaluate(
    async ([svgText, b64]) => {
      const decoded = await createImageBitmap(
        new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
      await img.decode();
      const pixels = (draw: (ctx: CanvasRenderingContext2D) => void) => {
        const c = document.createElement('canvas');
        c.width = decoded.width;
        c.height = decoded.height;
        const ctx = c.getContext('2d')!;
        draw(ctx);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const a = pixels((ctx) => ctx.drawImage(decoded, 0, 0));
      const b = pixels((ctx) => ctx.drawImage(img, 0, 0, decoded.width, decoded.height));
      let differ = 0,
        inkA = 0,
        inkB = 0;
      const n = a.length / 4;
      for (let i = 0; i < a.length; i += 4) {
        const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));
        if (d > 96) differ++;
        if (a[i] + a[i + 1] + a[i + 2] < 600) inkA++;
        if (b[i] + b[i + 1] + b[i + 2] < 600) inkB++;
      }
      return { differ: differ / n, inkPng: inkA / n, inkSvg: inkB / n };
    },
    [svg, png.toString('base64')] as const,
  );
  await page.close();
  return result;
}

/** A plan big enough that the sunburst paints its dense rings on a canvas, with evaluations (patterned fills). */
const big = bigPlan((id) => (id.endsWith('-2') ? ['再掲'] : []));
const bigSheet = [
  'id,年度,評価,メモ',
  ...range(100).flatMap((m) => range(4).map((a) => `1-${m}-${a},2025,${'ABCD'[(m + a) % 4]},`)),
].join('\n');

describe("PNG export under exactly the README's CSP", () => {
  it.each([
    ['the sunburst of a big plan with evaluations (canvas rings and patterns)', '/#/plan/big?view=sunburst'],
    ['the whole tree of 笠間', '/#/plan/kasama?view=tree'],
  ])('draws %s as the SVG shows it, loading no image', async (_name, path) => {
    const { page } = await openPage(browser, '/#/', { width: 1920, height: 1080 });
    await page.route('**/plans/big.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }),
    );
    await page.route('**/plans/big.progress.csv', (route) =>
      route.fulfill({ contentType: 'text/csv', body: bigSheet }),
    );
    await page.goto(page.url().replace(/#.*/, path.slice(1)));
    await settled(page);
    await page.evaluate(() => document.fonts.ready);
    if (path.includes('big')) await expect.poll(() => page.locator('.sunburst canvas').count()).toBe(1);
    const { svg, png } = await exportBoth(page);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]) * 2);
    const { differ, inkPng, inkSvg } = await compare(svg, png);
    writeFileSync(join(shots, `${path.replace(/\W+/g, '-')}.png`), png);
    // The same picture: as much ink, in the same places (anti-aliasing aside).
    expect(inkSvg).toBeGreaterThan(0.02);
    expect(Math.abs(inkPng - inkSvg) / inkSvg).toBeLessThan(0.05);
    expect(differ).toBeLessThan(0.01);
  });
});

describe("control characters in a plan's titles", () => {
  it('leave the SVG well-formed and the PNG export working', async () => {
    const { page } = await openPage(browser, '/#/');
    const plan = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8'));
    plan.title = `笠間\u0001の計画\uFFFE`;
    plan.root.children[0].title = `地域\u0007コミュニティ\u001F\uFFFF\uD800の基盤`;
    await page.route('**/plans/kasama.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(plan) }),
    );
    await page.goto(page.url().replace(/#.*/, '#/plan/kasama?view=tree'));
    await settled(page);
    const { svg, png } = await exportBoth(page);
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain('笠間の計画');
    expect(parsed.text).toContain('地域コミュニティ');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('CSV downloads with titles and memos a spreadsheet would run as formulas', () => {
  /** What a spreadsheet runs as a formula: = + - @ (also full-width, also after spaces) first, unless it is a plain number. */
  const runsAsFormula = (cell: string) =>
    /^[\s\u3000]*[=+\-@＝＋－＠]/u.test(cell) && !/^-?[\d,]+(\.\d+)?%?$/.test(cell);
  const cells = (csv: string) =>
    csv
      .replace(/^\uFEFF/, '')
      .split(/\r\n/)
      .flatMap((row) => row.split(','))
      .map((c) => c.replace(/^"/, ''));

  it('neutralises them in the item list, the template and the progress export', async () => {
    const plan = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8'));
    plan.root.children[0].title = '=HYPERLINK("http://x.example/","詳しく")';
    Object.assign(plan.root.children[0].children[0], { code: '', title: '+cmd|calc' });
    const dir = mkdtempSync(join(tmpdir(), 'wpe-exports-'));
    const sheet = join(dir, '評価.csv');
    writeFileSync(sheet, 'id,年度,評価,メモ,指標,目標値,実績値\r\n1-1,2025,A,@SUM(A1:A9),-会議,-5,"-1,200"\r\n');
    const { page } = await openPage(browser, '/#/');
    await page.route('**/plans/kasama.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(plan) }),
    );
    await page.goto(page.url().replace(/#.*/, '#/plan/kasama?view=outline'));
    await page.getByRole('tree').waitFor();
    const download = async (name: string | RegExp) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return (await bytes(dl)).toString('utf8');
    };
    await openExport(page);
    const list = await download('項目の一覧を CSV で保存');
    expect(list).toContain(`'=HYPERLINK`);
    await page.getByText('進捗(年度ごとの評価)').click();
    const template = await download('評価シートのひな形');
    expect(template).toContain(`'+cmd|calc`);
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(sheet);
    await page.getByRole('button', { name: '進捗を CSV で保存' }).waitFor();
    const progress = await download('進捗を CSV で保存');
    expect(progress).toContain(`'@SUM(A1:A9),'-会議,-5,"-1,200"`);
    for (const csv of [list, template, progress]) expect(cells(csv).filter(runsAsFormula)).toEqual([]);
  });
});

describe("element.html under the site's CSP", () => {
  it('shows <welfare-plan> styled, with no CSP violation, its diagram at a readable size', async () => {
    // openPage fails the test on any CSP violation or console error.
    const { page } = await openPage(browser, '/element.html');
    const diagram = page.locator('welfare-plan .diagram');
    await page.locator('welfare-plan svg path.arc').first().waitFor();
    const box = (await diagram.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(500);
    expect(box.width).toBeGreaterThanOrEqual(600);
    const svg = (await page
      .locator('welfare-plan svg[role="application"], welfare-plan .diagram svg')
      .first()
      .boundingBox())!;
    expect(Math.min(svg.width, svg.height)).toBeGreaterThan(400);
    // The element's own styles apply: its font and the diagram's frame.
    expect(await diagram.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
  });
});
