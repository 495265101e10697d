import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, openPage } from './browser';
import { TWO_READINGS as TEXT } from '../fixtures/twoReadings';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

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
