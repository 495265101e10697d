import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/lib/plan/schema';
import { PlanTree } from '../../src/lib/plan/hierarchy';
import { slides } from '../../src/lib/state/slides';
import { axe, baseUrl, launch, openPage, settled } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PLAN = 'tsurugashima';
const plan = JSON.parse(readFileSync(`static/plans/${PLAN}.json`, 'utf8')) as Plan;
const deck = slides(new PlanTree(plan.root));
const slideNode = (page: Page) => page.locator('[data-slide]').getAttribute('data-node-id');

/** Writes one opinion by keys only: I opens the field, Enter saves. */
async function say(page: Page, words: string, kindSteps = 0) {
  await page.keyboard.press('i');
  const field = page.getByRole('textbox', { name: /意見/ });
  await expect.poll(() => field.evaluate((e) => e === document.activeElement)).toBe(true);
  await page.keyboard.type(words);
  if (kindSteps) {
    await page.keyboard.press('Tab'); // 種類
    for (let i = 0; i < kindSteps; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.capture').count()).toBe(0);
}

/** The text of the badges drawn for an item in the diagram shown. */
const badge = (page: Page, id: string) => page.locator(`[data-voices-for="${id}"] text`).textContent();

describe("residents' voices", () => {
  it('keyboard only: a meeting, three opinions on two items, kept over a reload; badges in every view; summary, CSV and a merge that counts each once', async () => {
    const [first, second] = [deck[1], deck[2]];
    const { page } = await openPage(browser, `/#/present/${PLAN}?node=${first.id}`, { width: 1920, height: 1080 });
    await page.locator('[data-slide]').waitFor();

    // The meeting, asked once: the place and 地区 typed, the date left as today.
    await page.keyboard.press('i');
    const place = page.getByRole('textbox', { name: /会場/ });
    await expect.poll(() => place.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.type('中央公民館');
    await page.keyboard.press('Tab');
    await page.keyboard.type('北地区');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: /意見/ }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.capture').count()).toBe(0);
    expect(await slideNode(page)).toBe(first.id); // Esc closed the field, it did not leave the talk

    await say(page, 'サロンを夜にも開いてほしい');
    await say(page, '見守りなら手伝える', 4); // できること
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideNode(page)).toBe(second.id);
    await say(page, '担い手の講座はどこで?', 3); // 質問

    // The audience screen shows no counts until the facilitator chooses to.
    expect(await page.locator('.stage .voice-count').count()).toBe(0);
    await page.getByRole('button', { name: '意見の数を表示' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.stage h2 .voice-count').textContent()).toBe('意見 1件');

    await page.reload();
    await page.locator('[data-slide]').waitFor();
    await page.getByRole('button', { name: /意見のまとめ/ }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /意見のまとめ/ });
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const words of [
      'サロンを夜にも開いてほしい',
      '[できること] 見守りなら手伝える',
      '[質問] 担い手の講座はどこで?',
      '中央公民館(北地区): 意見 3件',
      first.title,
      second.title,
    ])
      expect(text).toContain(words);
    expect(text).toContain('合計 3件');
    expect(await axe(page)).toEqual([]);

    // The CSV holds each opinion with its item's id and title.
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'CSV で書き出す' }).click(),
    ]);
    const csv = readFileSync((await dl.path())!, 'utf8');
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(4);
    const title = (n: typeof first) => `${n.code ? `${n.code} ` : ''}${n.title}`;
    expect(rows.filter((r) => r.includes(`No.${first.id},`) && r.includes(title(first)))).toHaveLength(2);
    expect(rows.filter((r) => r.includes(`No.${second.id},`) && r.includes(title(second)))).toHaveLength(1);

    // A second facilitator's export: our three rows (already here) and one of their own meeting.
    const theirs = `${csv.trimEnd()}\r\nv-other-1,m-other,No.${second.id},バスの便を増やして,2026/12/6,南公民館,南地区,,提案,南地区,70代,2026-12-06T10:00:00Z\r\n`;
    const input = dialog.locator('input[type="file"]');
    for (let i = 0; i < 2; i++) {
      await input.setInputFiles({ name: 'minami.csv', mimeType: 'text/csv', buffer: Buffer.from(theirs) });
      await expect
        .poll(() => dialog.getByRole('status').innerText())
        .toContain(
          i === 0 ? '1 件の意見を取り込みました(すでにあった 3 件' : '0 件の意見を取り込みました(すでにあった 4 件',
        );
    }
    await expect.poll(() => dialog.innerText()).toContain('合計 4件');
    expect(await dialog.innerText()).toContain('2026-12-06 南公民館(南地区): 意見 1件');

    // Badges with words beside the number in the sunburst, the tree and the outline.
    const counts: Record<string, string> = { [first.id]: '意見 2件', [second.id]: '意見 2件' };
    await page.goto(`${baseUrl()}/#/plan/${PLAN}?view=sunburst&node=${first.id}`);
    await settled(page);
    expect(await badge(page, first.id)).toBe(counts[first.id]);
    expect(first.children.map((c) => c.id)).toContain(second.id); // the next slide is an item of this one: a sector around the centre
    expect(await badge(page, second.id)).toBe(counts[second.id]);
    await page.goto(`${baseUrl()}/#/plan/${PLAN}?view=tree&node=${first.id}`);
    await settled(page);
    expect(await badge(page, first.id)).toBe(counts[first.id]);
    await page.goto(`${baseUrl()}/#/plan/${PLAN}?view=outline&node=${second.id}`);
    await settled(page, { diagram: false });
    const outlineCount = (id: string) =>
      page.locator(`[role="treeitem"][data-node-id="${id}"] > .row .voice-count`).textContent();
    for (const id of [first.id, second.id]) await expect.poll(() => outlineCount(id)).toBe(counts[id]);

    // A clear delete per meeting: the other facilitator's meeting goes, with its opinion only.
    await page.getByRole('button', { name: /意見のまとめ/ }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'この懇談会を削除(2026-12-06 南公民館(南地区))' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: '削除する' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.innerText()).toContain('合計 3件');
    expect(await dialog.innerText()).not.toContain('南公民館');
    await page.keyboard.press('Escape');
    await expect.poll(() => outlineCount(second.id)).toBe('意見 1件');
  });

  it('the slide QR code, read by a decoder from a screenshot, leads to that item', async () => {
    const item = deck[3];
    const { page } = await openPage(browser, `/#/present/${PLAN}?node=${item.id}`, { width: 1024, height: 768 });
    const qr = page.getByRole('img', { name: /QR/ });
    await qr.waitFor();
    const shot = await qr.screenshot();
    const decoder = await browser.newPage();
    const pixels = await decoder.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return { w: c.width, h: c.height, data: [...ctx.getImageData(0, 0, c.width, c.height).data] };
    }, shot.toString('base64'));
    await decoder.close();
    const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.w, pixels.h);
    expect(code?.data).toBe(`${baseUrl()}/#/plan/${PLAN}?view=outline&node=${item.id}`);
    // The handout carries a code to each goal on its page.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const handoutCodes = page.locator('.handout figure.qr svg');
    await expect.poll(() => handoutCodes.count()).toBe(plan.root.children.length);
    expect(await handoutCodes.first().getAttribute('data-qr')).toBe(
      `${baseUrl()}/#/plan/${PLAN}?view=outline&node=${plan.root.children[0].id}`,
    );
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    // Q hides it.
    await page.keyboard.press('q');
    await expect.poll(() => qr.count()).toBe(0);
    // The URL it carries opens that item.
    await page.goto(code!.data);
    await expect
      .poll(() => page.locator(`[role="treeitem"][aria-current="true"]`).getAttribute('data-node-id'))
      .toBe(item.id);
  });
});
