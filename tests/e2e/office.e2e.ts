import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

/** The office fixtures (tests/office/build.sh) and what a person reads in each, written by hand. */
const FIXTURES = 'tests/office';
const expected: Record<string, { vision: string; nodes: [string, string][] }> = JSON.parse(
  readFileSync(join(FIXTURES, 'expected.json'), 'utf8'),
);
const files = Object.keys(expected).filter((f) => f !== '_');
const bytes = (name: string) => readFileSync(join(FIXTURES, name));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const choose = (page: Page, name: string, path = name) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes(path) });
const tree = (page: Page) =>
  page
    .locator('.result [role="treeitem"]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-node-id'), e.querySelector('.title')?.textContent]));
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const officeScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /office/i.test(n)),
  );

describe('import page: Word, Excel and PowerPoint files in', () => {
  it('reads every fixture faithfully (titles in tree order, vision), in a worker loaded only when such a file comes', async () => {
    const { page } = await openPage(browser, '/#/import');
    await expect.poll(() => page.getByLabel('計画のテキスト').count()).toBe(1);
    expect(await officeScripts(page)).toEqual([]);
    for (const file of files) {
      await choose(page, file);
      // The reader's own line 「…」(N シート…)を読み取りました (a second file also says it opened as a new draft).
      await expect.poll(() => status(page, `「${file}」(`).count(), { timeout: 20_000 }).toBe(1);
      await expect.poll(() => tree(page), { message: file }).toEqual(expected[file].nodes);
      await expect
        .poll(() => page.locator('.result h2:not(#proposal-title)').first().innerText())
        .toContain(expected[file].vision);
    }
    expect((await officeScripts(page)).some((n) => /office\.worker/.test(n))).toBe(true);
  }, 120_000);

  it('reads a slide deck dropped on the text, and names the slide and the paragraph an item came from', async () => {
    const { page } = await openPage(browser, '/#/import');
    await expect.poll(() => page.getByLabel('計画のテキスト').count()).toBe(1);
    const transfer = await page.evaluateHandle((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], 'hara-goals.pptx'));
      return dt;
    }, bytes('hara-goals.pptx').toString('base64'));
    await page.getByLabel('計画のテキスト').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => tree(page)).toEqual(expected['hara-goals.pptx'].nodes);
    await page.locator('.result [data-node-id="2-1"] > .row .title').click();
    await expect
      .poll(() => page.locator('.source-line').innerText())
      .toMatch(/^原文 \d+ 行目\(スライド 3\): 「?・ 施策2-1 生活支援の体制づくり/);
    await choose(page, 'hoshi-headings.docx');
    await expect.poll(() => tree(page)).toEqual(expected['hoshi-headings.docx'].nodes);
    await page.locator('.result [data-node-id="1-2"] > .row .title').click();
    await expect
      .poll(() => page.locator('.source-line').innerText())
      .toMatch(/^原文 \d+ 行目\(段落 \d+\): 「?\(2\) 居場所づくり/);
  }, 60_000);

  it('a password-protected or old binary file gets one line naming it and what to do, and the text stays', async () => {
    const { page } = await openPage(browser, '/#/import');
    await expect.poll(() => page.getByLabel('計画のテキスト').count()).toBe(1);
    await page.getByLabel('計画のテキスト').fill('基本目標1 手で書いた目標\n');
    await choose(page, 'himitsu.docx', 'bad/password.docx');
    await expect.poll(() => status(page, '「himitsu.docx」はパスワードで保護されている').count()).toBe(1);
    await choose(page, 'kawa-typed.doc', 'bad/kawa-typed.doc');
    await expect.poll(() => status(page, '「kawa-typed.doc」は古い形式(.doc)').count()).toBe(1);
    expect(await page.getByLabel('計画のテキスト').inputValue()).toBe('基本目標1 手で書いた目標\n');
  }, 60_000);
});
