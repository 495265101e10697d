import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepBullets } from '../../src/cli/bigPlans';
import { axe, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PLAN = [
  '基本理念',
  'みんなでささえあうまち',
  '',
  '基本目標',
  '1 地域でつながる',
  '2 見守りを広げる',
  '3 担い手を育てる',
  '',
].join('\n');
const OTHER = ['基本理念', 'ともに生きるまち', '', '基本目標', '1 相談できる場所', '2 居場所づくり', ''].join('\n');
const text = (page: Page) => page.getByLabel('計画のテキスト');
const titles = (page: Page) => page.locator('[role="tree"] [role="treeitem"] > .row .title').allInnerTexts();

/** Chooses a file in the page's file input, as a person does with ファイルを選ぶ. */
const choose = (page: Page, name: string, body: string) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(body, 'utf8') });

/** Drops a file on the text box, as a person drags it from a folder. */
const drop = (page: Page, name: string, body: string) =>
  text(page).evaluate(
    (el, [n, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([b], n, { type: 'text/plain' }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [name, body],
  );

async function pasted(page: Page, body: string) {
  await text(page).fill(body);
  await expect.poll(() => page.locator('[role="tree"] [role="treeitem"]').count()).toBeGreaterThan(0);
}

describe('import page as people use it', () => {
  it('F2 on a selected item opens a rename box: Enter renames, Esc leaves the name', async () => {
    const { page } = await openPage(browser, '/#/import');
    await pasted(page, PLAN);
    await page.locator('[role="treeitem"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('F2');
    const box = page.getByRole('textbox', { name: '新しい名前' });
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.inputValue()).toBe('見守りを広げる');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('見守りの輪を広げる');
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['地域でつながる', '見守りの輪を広げる', '担い手を育てる']);
    expect(await box.count()).toBe(0);
    expect(await page.getByText('「見守りを広げる」の名前を「見守りの輪を広げる」に直しました').count()).toBe(1);
    // Focus is back on the item, so F2 works again; Esc leaves the name as it was.
    await page.keyboard.press('F2');
    await expect.poll(() => box.isVisible()).toBe(true);
    await page.keyboard.type('ちがう名前');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.count()).toBe(0);
    expect(await titles(page)).toEqual(['地域でつながる', '見守りの輪を広げる', '担い手を育てる']);
  });

  it('an empty file dropped after a paste keeps the text and says which file and what to do', async () => {
    const { page } = await openPage(browser, '/#/import');
    await pasted(page, PLAN);
    await drop(page, 'からっぽ.txt', '');
    const alert = page.getByRole('status').filter({ hasText: 'からっぽ.txt' });
    await expect.poll(() => alert.innerText()).toContain('空');
    expect(await text(page).inputValue()).toBe(PLAN);
    await choose(page, '改行だけ.txt', '\n\n  \n');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '改行だけ.txt' }).count()).toBe(1);
    expect(await text(page).inputValue()).toBe(PLAN);
    expect(await titles(page)).toEqual(['地域でつながる', '見守りを広げる', '担い手を育てる']);
  });

  it('a file chosen over a draft opens as a new draft; the button and Ctrl+Z bring the text back', async () => {
    const { page } = await openPage(browser, '/#/import');
    await pasted(page, PLAN);
    await page.locator('[data-draft-saved="true"]').waitFor();
    await choose(page, 'ほかの計画.txt', OTHER);
    await expect.poll(() => text(page).inputValue()).toBe(OTHER);
    const status = page.getByRole('status').filter({ hasText: 'ほかの計画.txt' });
    await expect.poll(() => status.innerText()).toContain('新しい下書き');
    await expect.poll(() => page.locator('li[data-draft]').count()).toBe(2);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: '読み込む前のテキストに戻す' }).click();
    await expect.poll(() => text(page).inputValue()).toBe(PLAN);
    await expect.poll(() => titles(page)).toEqual(['地域でつながる', '見守りを広げる', '担い手を育てる']);

    // Dropped this time, then Ctrl+Z in the text box.
    await drop(page, 'ほかの計画.txt', OTHER);
    await expect.poll(() => text(page).inputValue()).toBe(OTHER);
    await text(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page).inputValue()).toBe(PLAN);
    // Reloaded in the same instant, while the dropped file's write may still be under way.
    await page.reload();
    await expect.poll(() => text(page).inputValue()).toBe(PLAN);
  });

  it('a reload while the draft is being written loses nothing: the next page has the newest text', async () => {
    const { page } = await openPage(browser, '/#/import');
    await pasted(page, PLAN);
    await page.locator('[data-draft-saved="true"]').waitFor();
    // Another transaction holds the drafts' store (a slow disk, a big draft before): the next write waits.
    await page.evaluate(
      () =>
        new Promise<void>((held) => {
          const open = indexedDB.open('welfare-plan-explorer');
          open.onsuccess = () => {
            const store = open.result.transaction('drafts', 'readwrite').objectStore('drafts');
            const spin = () => (store.get('nothing').onsuccess = spin);
            spin();
            held();
          };
        }),
    );
    await text(page).fill(`${PLAN}4 居場所をつくる\n`);
    await expect.poll(() => titles(page)).toContain('居場所をつくる');
    expect(await page.locator('[data-draft-saved="true"]').count()).toBe(0);
    await page.reload();
    await expect.poll(() => text(page).inputValue()).toBe(`${PLAN}4 居場所をつくる\n`);
    await expect.poll(() => titles(page)).toContain('居場所をつくる');
  });

  it('a file read into an empty draft and taken back: what is typed next is kept, with no false word of another tab', async () => {
    const { page } = await openPage(browser, '/#/import');
    await expect.poll(() => text(page).count()).toBe(1);
    await choose(page, 'けいかく.txt', PLAN);
    await expect.poll(() => text(page).inputValue()).toBe(PLAN);
    await page.locator('[data-draft-saved="true"]').waitFor();
    await page.getByRole('button', { name: '読み込む前のテキストに戻す' }).click();
    await expect.poll(() => text(page).inputValue()).toBe('');
    await text(page).fill('基本目標1 手で書いた目標');
    await page.locator('[data-draft-saved="true"]').waitFor();
    expect(await page.getByText('別のタブ').count()).toBe(0);
    await page.reload();
    await expect.poll(() => text(page).inputValue()).toBe('基本目標1 手で書いた目標');
    expect(await page.getByText('別のタブ').count()).toBe(0);
  });

  it('two plans pasted without an id are saved as two plans, never one over the other', async () => {
    const { page } = await openPage(browser, '/#/import');
    await pasted(page, PLAN);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await expect.poll(() => page.locator('li[data-plan-id]').count()).toBe(1);
    await page.getByRole('button', { name: '新しい下書きを始める' }).click();
    await pasted(page, OTHER);
    await page.getByRole('button', { name: 'この計画を保存' }).click();
    await expect.poll(() => page.locator('li[data-plan-id]').count()).toBe(2);
    expect(await page.getByText('上書きしますか').count()).toBe(0);
  });

  it('proposes the title, council and period written at the top of the text for the plan’s fields', async () => {
    const { page } = await openPage(browser, '/#/import');
    await pasted(
      page,
      ['第4次大町市地域福祉活動計画', '令和6年度～令和9年度', '社会福祉法人 大町市社会福祉協議会', '', PLAN].join('\n'),
    );
    const offer = page.getByRole('region', { name: '本文から読み取った計画の情報' });
    await expect.poll(() => offer.innerText()).toContain('第4次大町市地域福祉活動計画');
    expect(await offer.innerText()).toContain('大町市社会福祉協議会');
    expect(await offer.innerText()).toContain('令和6年度～令和9年度');
    await offer.getByRole('button', { name: 'この内容を入れる' }).click();
    expect(await page.getByLabel('計画名').inputValue()).toBe('第4次大町市地域福祉活動計画');
    expect(await page.getByLabel('団体名').inputValue()).toBe('大町市社会福祉協議会');
    expect(await page.getByLabel('計画期間').inputValue()).toBe('令和6年度～令和9年度');
    expect(await page.getByLabel('市町村').inputValue()).toBe('大町市');
    await expect.poll(() => offer.count()).toBe(0);
  });

  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ]) {
    it(`at ${width}×${height}, what the text says of its title and council is in view next to the result, without scrolling`, async () => {
      const { page } = await openPage(browser, '/#/import', { width, height });
      for (const [file, title, council] of [
        ['omachi.txt', '第4次大町市地域福祉活動計画', '大町市社会福祉協議会'],
        ['minami.txt', '第2期南山町地域福祉活動計画', '南山町社会福祉協議会'],
      ]) {
        await choose(page, file, [title, `社会福祉法人 ${council}`, '', PLAN].join('\n'));
        const offer = page.getByRole('region', { name: '本文から読み取った計画の情報' });
        await expect.poll(() => offer.innerText()).toContain(council);
        expect(await offer.innerText()).toContain(title);
        // The offer and its button are on the first screen, and the result's heading is in view below it.
        const take = offer.getByRole('button', { name: 'この内容を入れる' });
        expect(await page.evaluate(() => scrollY)).toBe(0);
        const button = (await take.boundingBox())!;
        expect(button.y).toBeGreaterThanOrEqual(0);
        expect(button.y + button.height).toBeLessThanOrEqual(height);
        const heading = (await page
          .getByRole('heading', { name: /基本理念なし|みんなでささえあうまち/ })
          .boundingBox())!;
        expect(heading.y + heading.height).toBeLessThanOrEqual(height);
        // From the keyboard: Enter on the button takes the proposal.
        await take.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByLabel('団体名').inputValue()).toBe(council);
        expect(await page.getByLabel('計画名').inputValue()).toBe(title);
        await expect.poll(() => page.getByRole('heading', { name: new RegExp(`^${council}・`) }).count()).toBe(1);
        await expect.poll(() => offer.count()).toBe(0);
      }
      expect(await axe(page)).toEqual([]);
    });
  }

  it('explains itself in the page: the steps and the keys, without sending staff to the README', async () => {
    const { page } = await openPage(browser, '/#/import');
    await page.getByText('使い方').first().click();
    const help = page.getByRole('group', { name: '使い方' }).or(page.locator('details.help'));
    await expect.poll(() => help.innerText()).toContain('F2');
    expect(await page.locator('main').innerText()).not.toContain('README');
  });

  it('renders 1,000 nested bullets with a depth limit and a note, and keeps the text', async () => {
    const { page } = await openPage(browser, '/#/import');
    const deep = deepBullets(1000);
    await pasted(page, deep);
    await expect.poll(() => page.locator('.depth-note').innerText()).toMatch(/深/);
    const deepest = await page
      .locator('[role="treeitem"]')
      .evaluateAll((els) => Math.max(...els.map((e) => Number(e.getAttribute('aria-level')))));
    expect(deepest).toBeGreaterThan(10);
    expect(deepest).toBeLessThan(1000);
    await page.locator('[data-draft-saved="true"]').waitFor();
    await page.reload();
    await expect.poll(() => text(page).inputValue()).toBe(deep);
  });

  it('a long text typed into is kept once typing pauses: the list says kept, and a reload or another draft loses no keystroke', async () => {
    const { page } = await openPage(browser, '/#/import');
    const long = Array.from({ length: 800 }, (_, i) => `${PLAN}${i + 1} 集いの場 ${i + 1}\n`).join('');
    expect(long.length).toBeGreaterThan(50_000);
    await text(page).waitFor();
    // As a paste leaves it: the whole text in the box, one input event.
    await text(page).evaluate((el: HTMLTextAreaElement, t) => {
      el.value = t;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, long);
    await expect
      .poll(() => page.locator('[role="tree"] [role="treeitem"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await text(page).press('End');
    await text(page).pressSequentially('末尾の追記');
    await expect
      .poll(() => page.locator('[data-draft-saved]').getAttribute('data-draft-saved'), { timeout: 20_000 })
      .toBe('true');
    await page.reload();
    await expect
      .poll(async () => (await text(page).inputValue()).endsWith('末尾の追記'), { timeout: 20_000 })
      .toBe(true);
    // Typed, then another draft opened at once (before the pause): the typed text is still in the first draft.
    await text(page).press('End');
    await text(page).pressSequentially('二');
    await page.getByRole('button', { name: '新しい下書きを始める' }).click();
    await expect.poll(() => text(page).inputValue()).toBe('');
    await page.locator('li[data-draft]:not(.current)').first().getByRole('button', { name: '開く' }).click();
    await expect
      .poll(async () => (await text(page).inputValue()).endsWith('末尾の追記二'), { timeout: 20_000 })
      .toBe(true);
  });

  it('refuses a paste over the size limit with a message, the text unchanged', async () => {
    const { page } = await openPage(browser, '/#/import');
    await pasted(page, PLAN);
    await text(page).evaluate((el) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'あ'.repeat(3_500_000));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByRole('status').filter({ hasText: '貼り付け' }).innerText()).toMatch(/万文字まで/);
    expect(await text(page).inputValue()).toBe(PLAN);
  });
});
