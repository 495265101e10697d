// The progress layer: a council's evaluation sheet on every diagram of its plan.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { axe, launch, openPage, settled } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const okegawa = JSON.parse(readFileSync('static/plans/okegawa.json', 'utf8')) as Plan;
const leaves: string[] = [];
walk(okegawa.root, (n) => !n.children.length && leaves.push(n.id));
const SYMBOLS = ['A', 'B', 'C', 'D'];
/** Ten 取組 evaluated in 2024 and 2025 (as Excel saves: BOM, CRLF, a quoted memo), and one bad row. */
const evaluated = leaves.slice(0, 10);
const csv = [
  '\uFEFFid,年度,評価,メモ',
  ...evaluated.map((id, i) => `${id},2024,${SYMBOLS[(i + 1) % 4]},昨年度`),
  ...evaluated.map((id, i) => `${id},令和7年度,${SYMBOLS[i % 4]},"会議 ${i} 回, 研修 1 回"`),
  '9-9-9,2025,A,ない項目',
].join('\r\n');
const file = join(mkdtempSync(join(tmpdir(), 'wpe-progress-')), '桶川-評価.csv');
writeFileSync(file, csv);
const statusOf = (page: Page, sel: string) =>
  page
    .locator(sel)
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-node-id'), e.getAttribute('data-status')])),
    );

describe('progress on 桶川', () => {
  it('loads a sheet, reports the bad row by line, marks every evaluated node in the outline and sunburst, and keeps it after a reload', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa?view=outline');
    await page.getByRole('tree').waitFor();
    await page.getByText('進捗(年度ごとの評価)').click();
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(file);
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toContain('22 行目: id 9-9-9 はこの計画にありません');
    // Latest year first; every evaluated 取組 carries its 2025 status.
    await expect.poll(() => page.locator('select').inputValue()).toBe('2025');
    const want = Object.fromEntries(evaluated.map((id, i) => [id, SYMBOLS[i % 4]]));
    await expect.poll(() => statusOf(page, '[role="treeitem"][data-status]')).toEqual(want);
    // Parents show how the items below them stand.
    expect(
      await page.locator('[role="treeitem"][data-node-id="1"] .rollup').first().getAttribute('aria-label'),
    ).toMatch(/計画どおり \d+ 件/);
    // The year is in the URL; choosing 2024 shows 2024's statuses.
    await page.locator('select').selectOption('2024');
    await expect.poll(() => page.url()).toContain('progress=2024');
    await expect
      .poll(() => statusOf(page, '[role="treeitem"][data-status]'))
      .toEqual(Object.fromEntries(evaluated.map((id, i) => [id, SYMBOLS[(i + 1) % 4]])));
    await page.locator('select').selectOption('2025');

    // The detail panel shows an item's history with its memo.
    await page.locator(`[role="treeitem"][data-node-id="${evaluated[1]}"] > .row`).click();
    const history = page.locator('table.history');
    await expect.poll(() => history.innerText()).toContain('令和7年度');
    expect(await history.innerText()).toContain('会議 1 回, 研修 1 回');
    expect(await history.innerText()).toContain('令和6年度');

    // The sunburst, zoomed to the first 活動方針, marks the same items.
    await page.goto(
      page.url().replace(/#.*/, `#/plan/okegawa?view=sunburst&node=${evaluated[0].split('-').slice(0, 3).join('-')}`),
    );
    await settled(page);
    const visibleWant = Object.fromEntries(
      Object.entries(want).filter(([id]) => id.startsWith(evaluated[0].split('-').slice(0, 3).join('-'))),
    );
    expect(Object.keys(visibleWant).length).toBeGreaterThan(0);
    await expect.poll(() => statusOf(page, 'path.arc[data-status]:not(.hidden)')).toEqual(visibleWant);
    expect(await axe(page)).toEqual([]);

    // A reload keeps the sheet.
    await page.reload();
    await settled(page);
    // The sheet is read again after the diagram is drawn (its reader loads on demand).
    await expect.poll(() => statusOf(page, 'path.arc[data-status]:not(.hidden)')).toEqual(visibleWant);
    await page.getByRole('button', { name: 'ツリー' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'すべて開く' }).click();
    await expect.poll(() => statusOf(page, 'g.node[data-status]')).toEqual(want);
    await page.getByRole('button', { name: 'アウトライン' }).click();
    await page.getByRole('tree').waitFor();
    expect(await axe(page)).toEqual([]);
  });

  it('shows the statuses on the slides of a presentation', async () => {
    const kasamaFile = join(mkdtempSync(join(tmpdir(), 'wpe-progress-')), 'kasama.csv');
    writeFileSync(kasamaFile, 'id,年度,評価,メモ\n1-1,2025,A,\n1-2,2025,C,\n');
    const { page } = await openPage(browser, '/#/plan/kasama?view=outline');
    await page.getByText('進捗(年度ごとの評価)').click();
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(kasamaFile);
    await expect.poll(() => page.locator('[role="treeitem"][data-status]').count()).toBe(2);
    await page.goto(page.url().replace(/#.*/, '#/present/kasama?node=1'));
    await page.locator('[data-slide]').waitFor();
    expect(await statusOf(page, '[data-slide] li[data-status]')).toEqual({ '1-1': 'A', '1-2': 'C' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-slide]').getAttribute('data-status')).toBe('A');
    expect(await page.locator('[data-slide] .title').innerText()).toContain('計画どおり');
  });

  it('prints an evaluation sheet per 基本目標 with this year, the memo and the year before', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa?view=outline');
    await page.getByText('進捗(年度ごとの評価)').click();
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(file);
    await expect.poll(() => page.locator('[role="treeitem"][data-status]').count()).toBe(10);
    // What the browser does on print, without a print dialog.
    await page.evaluate(() => (window.print = () => void dispatchEvent(new Event('beforeprint'))));
    await page.getByRole('button', { name: '評価シートを印刷' }).click();
    await page.emulateMedia({ media: 'print' });
    const sheets = page.locator('.sheets .page');
    await expect.poll(() => sheets.count()).toBe(okegawa.root.children.length);
    const first = await sheets.first().innerText();
    expect(first).toContain('評価シート 令和7年度');
    expect(first).toContain('A 計画どおり');
    expect(first).toContain('会議 0 回, 研修 1 回');
    expect(first).toContain('令和6年度');
    expect(await page.locator('.handout').count()).toBe(0);
  });

  it('offers a template with one row per 取組', async () => {
    const { page } = await openPage(browser, '/#/plan/okegawa?view=outline');
    await page.getByText('進捗(年度ごとの評価)').click();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '評価シートのひな形' }).click(),
    ]);
    const rows = readFileSync((await dl.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('\uFEFFid,年度,評価,メモ,指標,目標値,実績値,項目');
    expect(rows.length - 1).toBe(leaves.length);
  });
});

describe('the fictional sample', () => {
  it('is listed apart as a sample, opens with its published progress, and stays out of search', async () => {
    const { page } = await openPage(browser, '/#/');
    const card = page.locator('a[data-sample-id="minami-sample"]');
    await expect.poll(() => card.innerText()).toContain('サンプル・架空の計画');
    expect(await page.locator('a[data-plan-id="minami-sample"]').count()).toBe(0);
    await card.click();
    await page.getByRole('button', { name: 'アウトライン' }).click();
    // Nothing loaded in this browser: what shows is the published sheet, latest year first.
    await expect.poll(() => page.locator('[role="treeitem"][data-status]').count()).toBe(13);
    expect(await page.locator('.progress .loaded').innerText()).toContain('公開している評価');
    expect(await page.locator('select').inputValue()).toBe('2025');
    expect(await page.getByRole('button', { name: '評価を取り除く' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.goto(page.url().replace(/#.*/, '#/search?q=見守り'));
    await page.locator('.count').waitFor();
    expect(await page.locator('[data-plan-id="minami-sample"]').count()).toBe(0);
  });
});

describe('sheets as Excel leaves them', () => {
  /** 笠間's template with 4 of 14 rows filled, opened and saved by a spreadsheet: Shift_JIS, CRLF (tests/sheets/make.ts). */
  const excel = 'tests/sheets/kasama-plain-excel.csv';
  const filled = { '1-1': 'A', '1-2': 'B', '2-2': 'C', 'x5-2': 'A' };

  it('reads ids turned into dates and skips blank rows, saying so', async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=outline');
    await page.getByText('進捗(年度ごとの評価)').click();
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(excel);
    await expect.poll(() => statusOf(page, '[role="treeitem"][data-status]')).toEqual(filled);
    const panel = page.locator('details.progress');
    expect(await panel.innerText()).toContain('評価の書かれていない行(10 行)は読み飛ばしました');
    expect(await panel.innerText()).toContain('Excel が日付や数値に変えた id を 3 行で元に戻しました');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
  });

  it("what loading says is on screen at 1280×800, not below the side panel's own scroll", async () => {
    const { page } = await openPage(browser, '/#/plan/kasama?view=sunburst');
    await page.getByText('進捗(年度ごとの評価)').click();
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(excel);
    const status = page.getByRole('status').filter({ hasText: 'を読み込みました' });
    await status.waitFor();
    // Inside every scrolling box around it, and inside the window.
    const seen = () =>
      status.evaluate((el) => {
        const r = el.getBoundingClientRect();
        for (let p = el.parentElement; p; p = p.parentElement) {
          if (!/(auto|scroll)/.test(getComputedStyle(p).overflowY)) continue;
          const q = p.getBoundingClientRect();
          if (r.top < q.top || r.bottom > q.bottom) return false;
        }
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    await expect.poll(seen).toBe(true);
  });

  it('a file with wrong columns loaded after a good one keeps the evaluation shown, and says what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wpe-progress-'));
    const good = join(dir, '評価.csv');
    writeFileSync(good, 'id,年度,評価,メモ\r\n1-1,2025,A,\r\n2-2,2025,C,\r\n');
    const bad = join(dir, '列ちがい.csv');
    writeFileSync(bad, '番号,評価\r\n1-1,D\r\n');
    const { page } = await openPage(browser, '/#/plan/kasama?view=outline');
    await page.getByText('進捗(年度ごとの評価)').click();
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(good);
    const shown = { '1-1': 'A', '2-2': 'C' };
    await expect.poll(() => statusOf(page, '[role="treeitem"][data-status]')).toEqual(shown);
    await page.getByLabel('評価シート(CSV)を読み込む').setInputFiles(bad);
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toContain('「列ちがい.csv」1 行目: 「年度」の列がありません');
    expect(await page.getByRole('status').first().innerText()).toContain(
      'これまでの評価(「評価.csv」)をそのまま表示しています',
    );
    expect(await statusOf(page, '[role="treeitem"][data-status]')).toEqual(shown);
    // The good sheet is the one kept in this browser.
    await page.reload();
    await expect.poll(() => statusOf(page, '[role="treeitem"][data-status]')).toEqual(shown);
  });
});
