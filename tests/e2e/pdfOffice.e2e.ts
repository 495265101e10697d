/**
 * The import page reads plan PDFs made in an office suite (tests/pdf/office/): the tree it
 * shows (levels, every title in tree order), the 基本理念, each node's page once saved; the
 * notes on skipped pages and unreadable glyphs; and a PDF carrying scripts runs none of them.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutPdfs, scriptedPdf } from '../pdf/makePdf';
import { expected } from '../pdf/office/expect';
import { FIXTURES } from '../pdf/office/fixtures';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const office = (name: string) => readFileSync(`tests/pdf/office/${name}.pdf`);
const choose = (page: Page, name: string, buffer: Buffer) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer });
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const read = (page: Page) => expect.poll(() => status(page, '読み順に並べました').count(), { timeout: 30_000 }).toBe(1);

/** The tree as the page shows it: "  title" by depth, and "level count" per depth. */
async function shownTree(page: Page) {
  return page.locator('.result [role="treeitem"]').evaluateAll((els) =>
    els.map((el) => ({
      depth: Number(el.getAttribute('aria-level')),
      level: el.querySelector(':scope > .row .level')?.textContent ?? '',
      title: el.querySelector(':scope > .row .title')?.textContent ?? '',
    })),
  );
}
const titlesOf = (tree: Awaited<ReturnType<typeof shownTree>>) =>
  tree.map((n) => `${'  '.repeat(n.depth - 1)}${n.title}`);
function levelsOf(tree: Awaited<ReturnType<typeof shownTree>>) {
  const counts = new Map<string, number>();
  for (const n of [...tree].sort((a, b) => a.depth - b.depth))
    counts.set(`${n.depth}\u0000${n.level}`, (counts.get(`${n.depth}\u0000${n.level}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k.split('\u0000')[1]} ${n}`);
}

describe('import page: plan PDFs made in an office suite', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('reads %s into its tree and 基本理念', async (name, f) => {
    const e = expected(f);
    const { page } = await openPage(browser, '/#/import');
    await choose(page, `${name}.pdf`, office(name));
    await read(page);
    await expect.poll(async () => titlesOf(await shownTree(page))).toEqual(e.titles);
    expect(levelsOf(await shownTree(page))).toEqual(e.levels);
    expect(await page.locator('.result h2:not(#proposal-title)').first().innerText()).toContain(e.vision);
  });

  it('keeps each node’s page: a 体系図 row on the second page of a sheet, a goal deep in a 40-page plan', async () => {
    for (const [name, node, p] of [
      ['calc-repeat', '4-2', 2],
      ['writer-toc-40', '4', 30],
      ['writer-toc-40', '5-3', 37],
    ] as const) {
      const { page } = await openPage(browser, '/#/import');
      await choose(page, `${name}.pdf`, office(name));
      await read(page);
      await page.getByRole('button', { name: 'この計画を保存' }).click();
      await expect.poll(() => status(page, '保存しました').count()).toBe(1);
      const id = await page.evaluate(() => decodeURIComponent(location.hash));
      await page.goto(
        page.url().replace(/#.*/, `#/plan/${id.match(/plan\/([^?/]+)/)?.[1] ?? name}?view=outline&node=${node}`),
      );
      await expect.poll(() => page.locator('.source').innerText()).toMatch(new RegExp(`原文 p\\.${p}$`));
    }
  });

  it('reads a borderless 体系図 whose cells touch through its tags; the same pages untagged read otherwise', async () => {
    const e = expected(FIXTURES.find((f) => f.name === 'writer-unruled')!);
    const { page } = await openPage(browser, '/#/import');
    await choose(page, 'nagisa.pdf', office('writer-unruled'));
    await read(page);
    await expect.poll(async () => titlesOf(await shownTree(page))).toEqual(e.titles);
    // Each cell its own column in the text the page shows (tab-separated), as the tags say.
    expect(await page.getByLabel('計画のテキスト').inputValue()).toContain(
      '1 ふれあいのあるなぎさ\t(1) 交流の場づくり\t① ふれあいサロン運営',
    );
    await choose(page, 'nagisa-untagged.pdf', office('writer-unruled-untagged'));
    await expect.poll(() => status(page, '「nagisa-untagged.pdf」(').count(), { timeout: 30_000 }).toBe(1);
    // Without them, by position, a row's cells run together: no column, and not the plan's tree.
    await expect
      .poll(() => page.getByLabel('計画のテキスト').inputValue())
      .toContain('1 ふれあいのあるなぎさ(1) 交流の場づくり');
    await expect.poll(async () => titlesOf(await shownTree(page))).not.toEqual(e.titles);
  });

  it('says which pages it left out: the 目次, a 縦書き greeting', async () => {
    const { page } = await openPage(browser, '/#/import');
    await choose(page, 'umigaoka.pdf', office('writer-toc-40'));
    await expect
      .poll(() => status(page, '読み順に並べました').innerText(), { timeout: 30_000 })
      .toContain('2 ページは目次として読み飛ばしました');
    await choose(page, 'hinata.pdf', office('writer-vertical'));
    await expect
      .poll(() => status(page, '「hinata.pdf」(').innerText(), { timeout: 30_000 })
      .toContain('1 ページは縦書きのため読み飛ばしました');
  });
});

describe('import page: odd and hostile PDFs', () => {
  it('reads a PDF whose emoji come out as U+0000: the plan is kept, the glyphs dropped with a note', async () => {
    const { emoji } = await layoutPdfs(browser);
    const { page } = await openPage(browser, '/#/import');
    await choose(page, 'yoshino.pdf', emoji);
    await expect
      .poll(() => status(page, '読み順に並べました').innerText(), { timeout: 30_000 })
      .toMatch(/絵文字など.*1 ページ/);
    expect(await page.getByLabel('計画のテキスト').inputValue()).not.toContain('\u0000');
    await expect
      .poll(async () => titlesOf(await shownTree(page)))
      .toEqual(['ふれあう地域', '  交流の場 😀', '支え合う地域', '  𠮷野地区の見守り']);
    expect(await page.locator('.result h2:not(#proposal-title)').first().innerText()).toContain('ひらめきと笑顔のまち');
  });

  it('runs no script a PDF carries (JavaScript actions, a font matrix built to break out into code): nothing runs, nothing is blocked', async () => {
    const { page } = await openPage(browser, '/#/import');
    await choose(page, 'scripted.pdf', scriptedPdf());
    await read(page);
    await expect.poll(async () => titlesOf(await shownTree(page))).toEqual(['ふれあう地域', '支え合う地域']);
    // The PDF's code would set this flag (on the page or in the worker) and post to the page; the CSP would report a blocked eval.
    expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
  });
});
