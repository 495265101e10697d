import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manyPages } from '../pdf/layouts';
import { cmapPdf, encryptedPdf, layoutPdfs, printPdf } from '../pdf/makePdf';
import { launch, openPage } from './browser';

let browser: Browser;
let pdfs: Awaited<ReturnType<typeof layoutPdfs>>;
beforeAll(async () => {
  browser = await launch();
  pdfs = await layoutPdfs(browser);
});
afterAll(async () => browser?.close());

const choose = (page: Page, name: string, buffer: Buffer) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer });

/** Drops a file on the text area as a person would drag it from their folder. */
async function drop(page: Page, name: string, buffer: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, b64 }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: 'application/pdf' }));
      return dt;
    },
    { name, b64: buffer.toString('base64') },
  );
  await page.getByLabel('計画のテキスト').dispatchEvent('drop', { dataTransfer: transfer });
}

const ids = (page: Page) =>
  page.locator('.result [data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const read = async (page: Page) =>
  expect.poll(() => status(page, '読み順に並べました').count(), { timeout: 30_000 }).toBe(1);

describe('import page: a PDF in', () => {
  it('reads a 体系図 table with merged cells into its hierarchy, in a worker, under the CSP', async () => {
    const { page } = await openPage(browser, '/#/import');
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /pdf/i.test(n)),
      );
    expect(await scripts()).toEqual([]); // pdf.js is not part of the page until a PDF comes
    await choose(page, 'minami.pdf', pdfs.table);
    await read(page);
    expect(await page.getByLabel('計画のテキスト').inputValue()).toContain(
      '1 ふれあう地域\t(1) 交流の場\t① サロンの運営\n\t\t② 子ども食堂の支援\n\t(2) 見守り',
    );
    await expect
      .poll(() => ids(page))
      .toEqual(['1', '1-1', '1-1-1', '1-1-2', '1-2', '1-2-1', '2', '2-1', '2-1-1', '2-1-2', '2-2', '2-2-1']);
    expect(await page.locator('.result h2:not(#proposal-title)').first().innerText()).toContain(
      'だれもが安心して暮らせる南町',
    );
    expect((await scripts()).some((n) => n.includes('pdf.worker'))).toBe(true);
  });

  it('reads a plan over two pages dropped on the text, running header and page numbers left out, and keeps each item’s page', async () => {
    const { page } = await openPage(browser, '/#/import');
    await drop(page, 'kita.pdf', pdfs.twoPages);
    await read(page);
    expect(await status(page, '(2 ページ)').count()).toBe(1);
    const text = await page.getByLabel('計画のテキスト').inputValue();
    expect(text.match(/第2次北町地域福祉活動計画/g)).toHaveLength(1); // the title, not the running header
    expect(text).not.toMatch(/- \d -/);
    await expect.poll(() => ids(page)).toEqual(['1', '1-1', '1-2', '2', '2-1', '2-2', '2-3']);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await expect.poll(() => status(page, '保存しました').count()).toBe(1);
    for (const [node, p] of [
      ['1-2', 1],
      ['2', 2],
      ['2-3', 2],
    ] as const) {
      await page.goto(page.url().replace(/#.*/, `#/plan/kita?view=outline&node=${node}`));
      await expect
        .poll(() => page.locator('.source').innerText())
        .toMatch(new RegExp(`原文 \\d+ 行目・原文 p\\.${p}$`));
    }
  });

  it('reads two columns left column first, and letter-spaced headings closed up', async () => {
    const { page } = await openPage(browser, '/#/import');
    await choose(page, 'nishi.pdf', pdfs.twoColumns);
    await read(page);
    await expect.poll(() => ids(page)).toEqual(['1', '1-1', '1-2', '2', '2-1', '2-2']);
    expect(await page.locator('.result [data-node-id="2-1"]').innerText()).toContain('情報発信の強化');
    await choose(page, 'higashi.pdf', pdfs.spacedHeadings);
    await expect
      .poll(() => page.locator('.result h2:not(#proposal-title)').first().innerText())
      .toContain('笑顔があふれる東町');
    await expect.poll(() => ids(page)).toEqual(['1', '1-1', '1-2', '2', '2-1']);
    expect(await page.getByLabel('計画のテキスト').inputValue()).toMatch(/^\f?東町地域福祉活動計画\n\n基本理念\n/);
  });

  it('reads a 体系図 drawn as boxes, each merged box once', async () => {
    const { page } = await openPage(browser, '/#/import');
    await choose(page, 'naka.pdf', pdfs.chart);
    await read(page);
    await expect
      .poll(() => ids(page))
      .toEqual(['1', '1-1', '1-1-1', '1-2', '1-2-1', '2', '2-1', '2-1-1', '2-2', '2-2-1']);
  });

  it('reads a PDF whose Japanese font is not embedded, with the CMaps the app serves itself', async () => {
    const { page } = await openPage(browser, '/#/import');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await choose(
      page,
      'old.pdf',
      cmapPdf(['基本理念', 'つながるまち', '基本目標1 ふれあう地域', '基本目標2 ささえあう地域']),
    );
    await read(page);
    await expect.poll(() => ids(page)).toEqual(['1', '2']);
    // The worker fetched the CMaps from this site (anything else would break the CSP and fail the test).
    expect(requested.filter((u) => u.includes('/pdfjs/cmaps/')).length).toBeGreaterThan(0);
    expect(requested.every((u) => u.startsWith(new URL(page.url()).origin))).toBe(true);
  });

  it.each([
    ['encrypted', 'himitsu.pdf', () => encryptedPdf(), 'パスワードで保護'],
    ['scanned', 'scan.pdf', () => pdfs.scanned, '文字の情報がありません'],
    ['damaged', 'broken.pdf', () => pdfs.twoPages.subarray(0, Math.floor(pdfs.twoPages.length * 0.4)), '壊れているか'],
    ['empty', 'empty.pdf', () => Buffer.alloc(0), '空のファイル'],
  ])('says in one line what is wrong with a %s PDF, and the page stays usable', async (_kind, name, bytes, words) => {
    const { page } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').fill('基本目標1 つながる\n');
    await choose(page, name, bytes());
    await expect.poll(() => status(page, `「${name}」`).innerText()).toContain(words);
    expect(await page.getByLabel('計画のテキスト').inputValue()).toBe('基本目標1 つながる\n');
    await page.getByLabel('計画のテキスト').fill('基本目標1 つながる\n基本目標2 ささえる\n');
    await expect.poll(() => ids(page)).toEqual(['1', '2']);
  });

  it('shows progress page by page for a long PDF and stops when asked', async () => {
    const long = await printPdf(browser, manyPages(60));
    const { page } = await openPage(browser, '/#/import');
    await choose(page, 'long.pdf', long);
    await expect.poll(() => status(page, 'を読んでいます').innerText()).toMatch(/\d+ \/ 60 ページ/);
    await page.getByRole('button', { name: '読み込みをやめる' }).click();
    await expect.poll(() => status(page, '読み込みをやめました').count()).toBe(1);
    expect(await page.getByLabel('計画のテキスト').inputValue()).toBe('');
  });
});
