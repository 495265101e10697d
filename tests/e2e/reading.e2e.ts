import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

// Goals in 【】, then a bulleted chapter list: the compiler weighs two readings nearly the same.
const TEXT = [
  '「だれもが主役の 港のまちづくり」を基本理念に、計画を策定しました。',
  '',
  '【基本目標1】居場所づくり(集える場所をふやす)',
  '',
  '【基本目標2】見守りの推進(声をかけ合う)',
  '',
  '【基本目標3】担い手の養成(次の世代へ)',
  '',
  '◎計画書の構成(章ごとにダウンロードできます。)',
  ' ・表紙、もくじ',
  ' ・第1章 計画の考え方',
  ' ・第2章 取り組み内容',
].join('\n');
const items = (page: Page) => page.locator('[role="treeitem"][data-node-id]').count();

describe('import page: 別の読み方', () => {
  it('shows both readings in one line each, adopts the other in one click and goes back in one more', async () => {
    const { page, problems } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').fill(TEXT);
    const box = page.getByRole('region', { name: '別の読み方' });
    await expect.poll(() => box.innerText()).toContain('いまの読み方: 基本目標 3');
    expect(await box.innerText()).toContain('別の読み方: 基本目標 3・施策 1');
    expect(await items(page)).toBe(3);
    expect(await axe(page)).toEqual([]);

    await box.getByRole('button', { name: /別の読み方にする/ }).click();
    await expect.poll(() => items(page)).toBe(4);
    await expect.poll(() => box.innerText()).toContain('いまの読み方: 基本目標 3・施策 1');
    await box.getByRole('button', { name: '元の読み方に戻す' }).click();
    await expect.poll(() => items(page)).toBe(3);
    await expect.poll(() => box.innerText()).toContain('いまの読み方: 基本目標 3\n');
    expect(problems).toEqual([]);
  });
});
