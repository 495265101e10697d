// What council staff, presenters and residents hit in their first minute: the tree after a
// click, type size, a layout that jumps, phones, copying a link, and files from Windows.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const transform = (page: Page) => page.locator('svg[role="application"] > g').getAttribute('style');
/** Zoom of the tree canvas, read from its transform. */
const scaleOf = async (page: Page) => Number((await transform(page))?.match(/scale\(([\d.]+)\)/)?.[1] ?? NaN);
/** Taps a sector where a person would: on its label (labels let the tap through to the arc). */
async function tapLabel(page: Page, id: string) {
  const box = (await page.locator(`text[data-label-for="${id}"]`).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
const settledTree = (page: Page) => page.locator('svg[role="application"] > g:not(.animate)').waitFor();

describe('the tree after a selection', () => {
  for (const [how, select] of [
    ['a click', (p: Page) => p.locator('g.node[data-node-id="2"] .label').click()],
    [
      'Enter',
      async (p: Page) => (await p.locator('g.node[data-node-id="2"] .label').focus(), p.keyboard.press('Enter')),
    ],
    ['a link in the detail panel', (p: Page) => p.locator('.detail .children .link').first().click()],
  ] as const) {
    it(`still pans and zooms after selecting by ${how}`, async () => {
      const { page } = await openPage(browser, '/#/plan/kasama?view=tree');
      await page.locator('g.node').first().waitFor();
      await select(page);
      await expect.poll(() => page.locator('g.node[aria-current="true"]').count()).toBe(1);
      await settledTree(page);
      // ＋ and － change the zoom.
      const k0 = await scaleOf(page);
      await page.getByRole('button', { name: '拡大' }).click();
      await expect.poll(() => scaleOf(page)).toBeGreaterThan(k0);
      await page.getByRole('button', { name: '縮小' }).click();
      await page.getByRole('button', { name: '縮小' }).click();
      await expect.poll(() => scaleOf(page)).toBeLessThan(k0);
      // The wheel zooms and a drag pans.
      const box = (await page.getByRole('application').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8);
      const beforeWheel = await transform(page);
      await page.mouse.wheel(0, -300);
      await expect.poll(() => transform(page)).not.toBe(beforeWheel);
      const beforeDrag = await transform(page);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height * 0.8 + 40, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => transform(page)).not.toBe(beforeDrag);
      // すべて開く then 全体表示 brings the tree on screen from its top, legibly: as many levels
      // as fit with every text at 14 px or more (the whole tree at 2 px is nothing a person can read).
      await page.getByRole('button', { name: 'すべて開く' }).click();
      await page.getByRole('button', { name: '全体表示' }).click();
      await settledTree(page);
      const canvas = (await page.getByRole('application').boundingBox())!;
      const root = (await page.locator('g.node[data-node-id="root"] .label').boundingBox())!;
      expect(root.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(root.y).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(root.y + root.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
      const sizes = await page
        .locator('svg[role="application"] text')
        .evaluateAll((ts) =>
          ts.map((t) => Number(t.getAttribute('font-size')) * (t as SVGTextElement).getScreenCTM()!.a),
        );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13.9);
    });
  }

  it('still zooms after a selection inside a comparison panel', async () => {
    const { page } = await openPage(browser, '/#/compare?plans=kasama,chiba&view=tree', { width: 1280, height: 1000 });
    const panel = page.locator('[data-plan-id="kasama"]');
    await panel.locator('g.node[data-node-id="2"] .label').click();
    await expect.poll(() => panel.locator('g.node[aria-current="true"]').getAttribute('data-node-id')).toBe('2');
    const k = () => panel.locator('svg[role="application"] > g').getAttribute('style');
    const before = await k();
    await panel.getByRole('button', { name: '拡大' }).click();
    await expect.poll(k).not.toBe(before);
  });
});

describe('type big enough for older readers', () => {
  const fontSizes = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));

  it('draws every diagram label at 14 px or more, and 大 / 特大 make them larger and stay after a reload', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa?view=tree');
    await page.locator('g.node').first().waitFor();
    const tree = await fontSizes(page, 'g.node text');
    expect(Math.min(...tree)).toBeGreaterThanOrEqual(14);
    await page.getByRole('button', { name: 'サンバースト' }).click();
    await page.locator('g.labels.settled text').first().waitFor();
    const sun = await fontSizes(page, 'svg text');
    expect(Math.min(...sun)).toBeGreaterThanOrEqual(14);
    const legend = await fontSizes(page, '.legend');
    expect(Math.min(...legend)).toBeGreaterThanOrEqual(14);

    await page.getByRole('group', { name: '文字の大きさ' }).getByRole('button', { name: '特大' }).click();
    await page.getByRole('button', { name: 'ツリー' }).click();
    await page.locator('g.node').first().waitFor();
    expect(Math.min(...(await fontSizes(page, 'g.node text')))).toBeGreaterThanOrEqual(21);
    await page.reload();
    await page.locator('g.node').first().waitFor();
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(Math.min(...(await fontSizes(page, 'g.node text')))).toBeGreaterThanOrEqual(21);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(24);
    await page.getByRole('button', { name: '標準' }).click();
  });

  it('shows more words before cutting: most sunburst labels of a plan are whole at 1280 px', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama');
    await page.locator('g.labels.settled text').first().waitFor();
    const labels = await page
      .locator('text[data-label-for]')
      .evaluateAll((els) => els.map((e) => e.hasAttribute('data-full')));
    expect(labels.filter((cut) => !cut).length).toBeGreaterThan(labels.length / 2);
  });
});

describe('a steady page', () => {
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ]) {
    it(`selecting an item does not move the diagram at ${width} px`, async () => {
      const { page } = await openPage(browser, '/#/plan/okegawa?view=tree', { width, height });
      await page.locator('g.node').first().waitFor();
      const top = () => page.locator('.diagram').evaluate((e) => e.getBoundingClientRect().top);
      const before = await top();
      await page.locator('g.node[data-node-id="3"] .label').click();
      await expect.poll(() => page.locator('g.node[aria-current="true"]').count()).toBe(1);
      await page.locator('g.node[data-node-id="3-2"] .label').click();
      await expect.poll(() => page.locator('g.node[aria-current="true"]').getAttribute('data-node-id')).toBe('3-2');
      expect(await top()).toBe(before);
      // The tools stay on one row beside the view switcher (no wrap after a click).
      const rows = await page.locator('.bar > *').evaluateAll((els) => {
        const boxes = els.map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0);
        // Items whose vertical extents overlap share a row.
        return boxes.filter((b, i) => !boxes.slice(0, i).some((a) => a.top < b.bottom && b.top < a.bottom)).length;
      });
      expect(rows).toBeLessThanOrEqual(width >= 1280 ? 1 : 2);
      await settledTree(page);
    });
  }

  it('the hover card never covers the focus after a click', async () => {
    const { page } = await openPage(browser, '/#/plan/tsurugashima');
    await page.locator('text[data-label-for="x1"]').waitFor();
    const box = (await page.locator('text[data-label-for="x1"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.tip').waitFor();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('g.centre').getAttribute('data-node-id')).toBe('x1');
    expect(await page.locator('.tip').count()).toBe(0);
  });
});

describe('a resident on a phone', () => {
  const phone = { width: 390, height: 844 };

  it('sees the diagram on the first screen, with the actions in one menu', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=sunburst', phone);
    await page.locator('path.arc').first().waitFor();
    const diagram = (await page.locator('.diagram').boundingBox())!;
    expect(diagram.y).toBeLessThan(phone.height * 0.6);
    expect(await page.getByRole('button', { name: '埋め込み' }).isVisible()).toBe(false);
    await page.getByText('その他の操作').click();
    expect(await page.getByRole('button', { name: '埋め込み' }).isVisible()).toBe(true);
  });

  it('keeps the diagram the same height from tap to tap, so the next tap lands where aimed', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa?view=sunburst', phone);
    await page.locator('g.labels.settled').waitFor();
    const height = () => page.locator('.diagram').evaluate((e) => e.getBoundingClientRect().height);
    const h0 = await height();
    await tapLabel(page, '2');
    await expect.poll(() => page.locator('g.centre').getAttribute('data-node-id')).toBe('2');
    expect(await height()).toBe(h0);
    await page.locator('g.labels.settled text[data-label-for="2-1"]').waitFor();
    await tapLabel(page, '2-1');
    await expect.poll(() => page.locator('g.centre').getAttribute('data-node-id')).toBe('2-1');
    expect(await height()).toBe(h0);
  });

  it('sees search results come into view with their count', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=outline', phone);
    await page.getByRole('tree').waitFor();
    await page.getByRole('searchbox', { name: '検索' }).fill('ボランティア');
    await page.keyboard.press('Enter');
    const status = page.locator('#results-title');
    await expect.poll(() => status.innerText()).toMatch(/「ボランティア」: \d+ 件/);
    await expect
      .poll(() =>
        status.evaluate((e) => {
          const r = e.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });
});

describe('sharing', () => {
  it('「リンクをコピー」 copies the address of what is on screen', async () => {
    const { page } = await openPage(browser, '/#/plan/chiba?view=tree&node=2');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'リンクをコピー' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'リンク' }).innerText())
      .toContain('リンクをコピーしました');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // A published plan's own page (plan/<id>/), with the view in its short hash.
    expect(copied).toMatch(/\/plan\/chiba\/#view=tree&node=2$/);
  });
});

describe('files and links from the real world', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wpe-'));
  const plan = readFileSync('tests/fixtures/chapters-kita.txt', 'utf8');

  for (const [encoding, label] of [
    ['CP932', 'Shift_JIS'],
    ['UTF-16', 'UTF-16'],
  ]) {
    it(`reads a ${label} text file (as Windows and Excel save it) on the import page`, async () => {
      const file = join(dir, `plan-${encoding}.txt`);
      writeFileSync(file, execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: plan }));
      const { page } = await openPage(browser, '/#/import');
      await page.locator('input[type="file"]').setInputFiles(file);
      await expect
        .poll(() => page.getByRole('status').first().innerText())
        .toContain(`${label} の文字として読み込みました`);
      expect(await page.getByLabel('計画のテキスト').inputValue()).toBe(plan.replace(/\r\n/g, '\n'));
      await page.locator('[role="treeitem"][data-node-id]').first().waitFor();
    });
  }

  it('names the file and says what to do when it is not text', async () => {
    const file = join(dir, 'photo.png');
    writeFileSync(
      file,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 0, 0]),
    );
    const { page } = await openPage(browser, '/#/import');
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('「photo.png」は文字のファイルとして読めませんでした');
  });

  it('keeps pasted text and typed details after a reload, and asks before saving over a plan', async () => {
    const { page } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').fill(plan);
    await page.getByLabel('id(URL 用の半角英数字)').fill('kita-draft');
    await page.locator('[role="treeitem"][data-node-id]').first().waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('計画のテキスト').inputValue()).toBe(plan);
    expect(await page.getByLabel('id(URL 用の半角英数字)').inputValue()).toBe('kita-draft');
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await expect.poll(() => page.locator('[data-plan-id="kita-draft"]').count()).toBe(1);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    const ask = page.getByRole('alertdialog');
    await expect.poll(() => ask.innerText()).toContain('すでに保存されています');
    await page.getByRole('button', { name: 'やめる' }).click();
    expect(await ask.count()).toBe(0);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await page.getByRole('button', { name: '上書きして保存' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '保存しました' }).count()).toBe(1);
  });

  it('compares a plan named twice once, and says so', async () => {
    const { page } = await openPage(browser, '/#/compare?plans=okegawa,okegawa,kasama');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('「okegawa」');
    await expect
      .poll(() =>
        page
          .locator('[data-plan-id]')
          .filter({ has: page.locator('svg') })
          .count(),
      )
      .toBe(2);
  });
});
