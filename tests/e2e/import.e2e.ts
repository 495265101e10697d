import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { walk } from '../../src/lib/plan/hierarchy';
import { axe, launch, openPage, settled } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const SEEDS = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort();
// Each node shows its source line, level, code and title: "72重点施策包括的な支援体制づくり".
const treeOf = (page: Page) =>
  page
    .locator('[role="treeitem"][data-node-id]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-node-id')}:${e.querySelector('.label')?.textContent}`),
    );

describe('import page', () => {
  it.each(SEEDS)('pasting %s yields the same hierarchy as the compiled JSON', async (file) => {
    const meta = JSON.parse(readFileSync(`seeds/${file.replace('.txt', '.meta.json')}`, 'utf8'));
    const plan = JSON.parse(readFileSync(`static/plans/${meta.id}.json`, 'utf8')) as Plan;
    const want: string[] = [];
    walk(
      plan.root,
      (n) => n !== plan.root && want.push(`${n.id}:${n.line}${n.level}${n.code ? `${n.code} ` : ''}${n.title}`),
    );
    const { page, problems } = await openPage(browser, '/#/import');
    if (meta.hints) {
      await page.getByText('読み取りのヒント').click();
      await page.getByLabel('ヒント(JSON)').fill(JSON.stringify(meta.hints));
    }
    await page.getByLabel('id(URL 用の半角英数字)').fill(`${meta.id}-copy`);
    await page.getByLabel('計画のテキスト').fill(readFileSync(`seeds/${file}`, 'utf8'));
    await expect.poll(() => treeOf(page)).toEqual(want);
    expect(problems).toEqual([]);
  });

  it('renders a pasted outline in the authoring format, keeps it after a reload, and lists it everywhere', async () => {
    const { page } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').fill(readFileSync('tests/fixtures/outline-minami.md', 'utf8'));
    await expect.poll(() => page.locator('[role="treeitem"][data-node-id]').count()).toBe(10);
    await page.locator('[role="treeitem"] .label', { hasText: '声かけ活動' }).click();
    const selected = await page
      .getByLabel('計画のテキスト')
      .evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    expect(selected).toBe('- 取組 声かけ活動 【新規】');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('保存しました');

    await page.reload();
    await expect.poll(() => page.locator('ul.saved li[data-plan-id="minami"]').count()).toBe(1);
    await page.goto(page.url().replace(/#.*/, '#/'));
    await expect
      .poll(() => page.locator('a[data-plan-id="minami"]').innerText())
      .toContain('このブラウザに取り込んだ計画');
    await page.locator('a[data-plan-id="minami"]').click();
    await page.locator('path.arc').first().waitFor();
    await page.goto(page.url().replace(/#.*/, `#/search?q=${encodeURIComponent('出前サロン')}`));
    await expect.poll(() => page.locator('section.group[data-plan-id="minami"]').count()).toBe(1);
    await page.goto(page.url().replace(/#.*/, '#/compare?plans=minami,kasama'));
    await expect.poll(() => page.locator('section.panel[data-plan-id]').count()).toBe(2);
  });

  it('shows a malformed file’s errors with line numbers', async () => {
    const { page } = await openPage(browser, '/#/import');
    await page.getByLabel('計画のテキスト').fill('これは計画ではありません。\n番号も見出しもない文章です。\n');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('読み取れませんでした');
    expect(await alert.innerText()).toMatch(/1 行目.*計画の体系が見つかりません/s);
    expect(await page.getByRole('button', { name: 'この計画を保存' }).count()).toBe(0);
  });

  it('renders hostile plan text inert in every view', async () => {
    const hostile = [
      '基本理念',
      '',
      '<img src=x onerror="window.__pwned=1">',
      '',
      '基本目標1 <script>window.__pwned=1</script>',
      '- ・[click](javascript:window.__pwned=1)',
      '- ・{@html "<b>x</b>"}',
      '基本目標2 <svg onload="window.__pwned=1">',
      '- ・javascript:alert(1)',
    ].join('\n');
    const { page } = await openPage(browser, '/#/import', undefined, { expect: [/404/] });
    await page.getByLabel('id(URL 用の半角英数字)').fill('hostile');
    await page.getByLabel('計画のテキスト').fill(hostile);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    for (const view of ['sunburst', 'tree', 'outline']) {
      await page.goto(page.url().replace(/#.*/, `#/plan/hostile?view=${view}`));
      await page.locator('[data-node-id="1"]').first().waitFor();
      await settled(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main script, main img[src="x"], main svg[onload]').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    }
    expect(await page.locator('body').innerText()).toContain('<script>window.__pwned=1</script>');
  });
});
