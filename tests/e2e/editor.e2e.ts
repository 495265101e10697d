import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** Four goals the compiler reads as one flat list (a council would put 2 under 1). */
const FLAT = [
  '基本理念',
  'みんなでささえあうまち',
  '',
  '基本目標',
  '1 地域でつながる',
  '2 見守りを広げる',
  '3 担い手を育てる',
  '4 相談できる場所をつくる',
  '',
].join('\n');

const item = (page: Page, title: string) =>
  page.locator('[role="treeitem"]', { has: page.locator(':scope > .row .title', { hasText: title }) });
/** The tree as "level:title" in reading order. */
const shape = (page: Page) =>
  page
    .locator('[role="tree"] [role="treeitem"]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('aria-level')}:${e.querySelector(':scope > .row .title')?.textContent}`),
    );
const FLAT_SHAPE = ['1:地域でつながる', '1:見守りを広げる', '1:担い手を育てる', '1:相談できる場所をつくる'];
const NESTED_SHAPE = ['1:地域でつながる', '2:見守りを広げる', '1:担い手を育てる', '1:相談できる場所をつくる'];
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      role: a?.getAttribute('role') ?? a?.tagName.toLowerCase(),
      name:
        a?.getAttribute('role') === 'treeitem'
          ? a.querySelector('.label')?.textContent
          : ((a as HTMLInputElement).labels?.[0]?.textContent ?? a?.textContent)?.trim(),
    };
  });

/** Presses Tab until the focused element matches; on the tree, Esc leaves it (Tab there indents). */
async function tabTo(page: Page, want: (f: { role?: string | null; name?: string | null }) => boolean) {
  for (let i = 0; i < 60; i++) {
    const f = await focused(page);
    if (want(f)) return;
    await page.keyboard.press(f.role === 'treeitem' ? 'Escape' : 'Tab');
  }
  throw new Error('focus never reached the control');
}

async function showsCorrectedPlan(page: Page, id: string) {
  await page.goto(page.url().replace(/#.*/, `#/plan/${id}?view=outline&node=2`));
  const parent = page.locator('[role="treeitem"][data-node-id="1"]');
  const child = parent.locator('[role="treeitem"][data-node-id="2"]');
  await child.waitFor();
  expect(Number(await child.getAttribute('aria-level'))).toBe(Number(await parent.getAttribute('aria-level')) + 1);
  expect(await page.locator('[role="treeitem"][data-node-id="3"]').getAttribute('aria-level')).toBe(
    await parent.getAttribute('aria-level'),
  );
}

describe('review and correct a compiled plan', () => {
  it('by keyboard only: indent, undo, redo, reload, save, and the plan page shows the corrected hierarchy', async () => {
    const { page } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').focus();
    await page.keyboard.insertText(FLAT);
    await expect.poll(() => shape(page)).toEqual(FLAT_SHAPE);
    await tabTo(page, (f) => f.role === 'treeitem');
    expect(await focused(page)).toMatchObject({ name: expect.stringContaining('地域でつながる') });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ name: expect.stringContaining('見守りを広げる') });
    await page.keyboard.press('Tab');
    await expect.poll(() => shape(page)).toEqual(NESTED_SHAPE);
    expect(await focused(page)).toMatchObject({ role: 'treeitem', name: expect.stringContaining('見守りを広げる') });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shape(page)).toEqual(FLAT_SHAPE);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => shape(page)).toEqual(NESTED_SHAPE);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect.poll(() => shape(page)).toEqual(NESTED_SHAPE);
    await page.locator('[data-draft-saved="true"]').waitFor();

    await page.reload();
    await expect.poll(() => shape(page)).toEqual(NESTED_SHAPE);
    expect(await page.getByLabel('計画のテキスト').inputValue()).toBe(FLAT);
    await tabTo(page, (f) => (f.name ?? '').startsWith('id(URL'));
    await page.keyboard.insertText('kbd-fix');
    await tabTo(page, (f) => f.name === 'この計画を保存');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('保存しました');
    await showsCorrectedPlan(page, 'kbd-fix');
  });

  it('by pointer on a 390 px phone: the same correction with the buttons', async () => {
    const { page } = await openPage(browser, '/#/import', { width: 390, height: 844 });
    await page.getByLabel('計画のテキスト').fill(FLAT);
    await page.getByLabel('id(URL 用の半角英数字)').fill('phone-fix');
    await expect.poll(() => shape(page)).toEqual(FLAT_SHAPE);
    await item(page, '見守りを広げる').locator(':scope > .row').click();
    await page.getByRole('button', { name: '一段下げる' }).click();
    await expect.poll(() => shape(page)).toEqual(NESTED_SHAPE);
    await page.getByRole('button', { name: '元に戻す' }).click();
    await expect.poll(() => shape(page)).toEqual(FLAT_SHAPE);
    await page.getByRole('button', { name: 'やり直す' }).click();
    await expect.poll(() => shape(page)).toEqual(NESTED_SHAPE);
    expect(await axe(page)).toEqual([]);
    await page.locator('[data-draft-saved="true"]').waitFor();
    await page.reload();
    await expect.poll(() => shape(page)).toEqual(NESTED_SHAPE);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('保存しました');
    await showsCorrectedPlan(page, 'phone-fix');
  });

  it('replays edits after the text changes, lists the ones that no longer apply, and keeps several drafts', async () => {
    const { page } = await openPage(browser, '/#/import');
    const text = page.getByLabel('計画のテキスト');
    await text.fill(FLAT);
    await expect.poll(() => shape(page)).toEqual(FLAT_SHAPE);
    // A caret in the text selects the item read from its line, with the compiler's reason.
    await text.evaluate((t: HTMLTextAreaElement) =>
      t.setSelectionRange(t.value.indexOf('3 担い手'), t.value.indexOf('3 担い手')),
    );
    await text.press('ArrowRight');
    await expect
      .poll(() => page.locator('[role="treeitem"][aria-selected="true"] > .row .label').innerText())
      .toContain('担い手を育てる');
    expect(await page.locator('.source-line').innerText()).toMatch(/原文 7 行目.*この行を項目と判断しました。理由: /s);
    await item(page, '見守りを広げる').locator(':scope > .row').click();
    await page.getByRole('button', { name: '一段下げる' }).click();
    await item(page, '相談できる場所をつくる').locator(':scope > .row').dblclick();
    await page.getByLabel('新しい名前').fill('相談の場所をつくる');
    await page.keyboard.press('Enter');
    await expect.poll(() => shape(page)).toEqual([...NESTED_SHAPE.slice(0, 3), '1:相談の場所をつくる']);

    await page
      .getByLabel('計画のテキスト')
      .fill(`はじめに\n\n${FLAT.replace('4 相談できる場所をつくる', '4 相談窓口を広げる')}`);
    await expect.poll(() => shape(page)).toEqual([...NESTED_SHAPE.slice(0, 3), '1:相談窓口を広げる']);
    const failed = page.locator('section.failed');
    await expect.poll(() => failed.innerText()).toContain('使えなくなった修正 1 件');
    expect(await failed.innerText()).toContain('「相談できる場所をつくる」の名前を「相談の場所をつくる」にする');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: '使えなくなった修正を消す' }).click();
    await expect.poll(() => failed.count()).toBe(0);

    await page.locator('[data-draft-saved="true"]').waitFor();
    await page.getByRole('button', { name: '新しい下書きを始める' }).click();
    await expect.poll(() => page.getByLabel('計画のテキスト').inputValue()).toBe('');
    await expect.poll(() => page.locator('li[data-draft]').count()).toBe(2);
    await page.getByRole('button', { name: '開く' }).click();
    await expect.poll(() => shape(page)).toEqual([...NESTED_SHAPE.slice(0, 3), '1:相談窓口を広げる']);
  });
});
