import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, launch, openPage, settled, watch } from './browser';
import { serve } from './server';

let browser: Browser;
let host: { server: Server; url: string };
beforeAll(async () => {
  browser = await launch();
  const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>host</title></head><body>
<iframe id="f" src="${baseUrl()}/#/plan/chiba?embed=1" title="計画" width="900" height="600"></iframe>
<script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script></body></html>`;
  host = await serve('dist', 0, '/x/', { csp: false, pages: { '/host.html': page } });
});
afterAll(async () => {
  await browser?.close();
  host?.server.close();
});

/** What the focused element looks like, to compare with its unfocused look. */
const focusLook = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const look = (e: Element) => {
      const cs = getComputedStyle(e);
      return [cs.outlineStyle, cs.outlineWidth, cs.boxShadow, cs.stroke, cs.strokeWidth].join('|');
    };
    const row = el.querySelector(':scope > .row, :scope > rect');
    const focused = look(el) + (row ? look(row) : '');
    el.blur();
    const plain = look(el) + (row ? look(row) : '');
    el.focus();
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return {
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute('aria-label') ?? label ?? el.textContent?.trim().slice(0, 30) ?? '',
      visible: focused !== plain,
    };
  });

describe('accessibility on every page type (axe-core)', () => {
  it.each([
    ['gallery', '/#/', 'a[data-plan-id]'],
    ['plan, tree fully open', '/#/plan/okegawa?view=tree', 'g.node'],
    ['embedded plan', '/#/plan/kasama?embed=1', 'path.arc'],
    ['compare four', '/#/compare?plans=kisarazu,chiba,okegawa,kasama&view=tree', 'g.node'],
    ['import', '/#/import', 'textarea'],
    ['not found', '/#/nowhere', '[role="alert"]'],
  ])('%s has no violations', async (_name, path, ready) => {
    const { page, problems } = await openPage(browser, path);
    await page.locator(ready).first().waitFor();
    if (path.includes('okegawa?view=tree')) await page.getByRole('button', { name: 'すべて開く' }).click();
    await settled(page, { diagram: /plan|compare/.test(path) });
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('reaches every control with Tab, always with a visible focus, and operates the diagrams', async () => {
    const { page } = await openPage(browser, '/#/');
    await page.locator('a[data-plan-id]').first().waitFor();
    // Skip link first, then the menu, the search box and the plan cards.
    await page.keyboard.press('Tab');
    expect((await focusLook(page))?.name).toBe('本文へ移動');
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const f = await focusLook(page);
      expect(f?.visible, `focus not visible on ${f?.tag} ${f?.name}`).toBe(true);
      seen.push(f!.name);
      if (f?.name.startsWith('鶴ヶ島市')) break;
    }
    expect(seen).toEqual(expect.arrayContaining(['計画の一覧', 'くらべる', '取り込む', '検索', '標準', '大', '特大']));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/plan/tsurugashima');
    await page.locator('path.arc').first().waitFor();

    // On the plan page: tab to the view switcher and the sectors; Enter zooms, Escape returns.
    let reachedArc = false;
    for (let i = 0; i < 40 && !reachedArc; i++) {
      await page.keyboard.press('Tab');
      const f = await focusLook(page);
      expect(f?.visible, `focus not visible on ${f?.tag} ${f?.name}`).toBe(true);
      reachedArc = f?.tag === 'path';
    }
    expect(reachedArc).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/node=/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toMatch(/node=/);

    // The tree: its canvas pans and zooms with keys; a node label takes Enter.
    await page.goto(`${baseUrl()}/#/plan/tsurugashima?view=tree`);
    await page.locator('g.node').first().waitFor();
    const canvas = page.getByRole('application');
    await canvas.focus();
    const before = await page.locator('svg[role="application"] > g').getAttribute('style');
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('svg[role="application"] > g').getAttribute('style')).not.toBe(before);
    await page.keyboard.press('Tab'); // the root's label (the 基本理念)
    expect((await focusLook(page))?.visible).toBe(true);
    await page.keyboard.press('Tab'); // the first goal
    expect((await focusLook(page))?.visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/node=/);
  });
});

describe('motion', () => {
  it('does not animate the zoom when the user asks for reduced motion', async () => {
    const { page } = await watch(await browser.newPage({ reducedMotion: 'reduce' }));
    await page.goto(`${baseUrl()}/#/plan/chiba`);
    await page.locator('text[data-label-for="2"]').waitFor();
    const box = (await page.locator('text[data-label-for="2"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // Without animation the new labels are there at once; with it they wait 750 ms.
    await expect
      .poll(() => page.locator('g.labels.settled text[data-label-for="2-3"]').count(), { timeout: 300, interval: 20 })
      .toBe(1);
  });
});

describe('security', () => {
  it('runs every page type under the strict CSP without a violation', async () => {
    for (const path of [
      '/#/',
      '/#/plan/kasama?view=tree',
      '/#/plan/kasama?view=outline',
      '/#/search?q=見守り',
      '/#/compare?plans=chiba,kasama',
      '/#/present/kasama',
      '/#/import',
      '/#/plan/okegawa?embed=1',
    ]) {
      const { page, problems } = await openPage(browser, path);
      await page.locator('main *').first().waitFor();
      await page.waitForLoadState('networkidle');
      await settled(page, { diagram: /plan|compare|present/.test(path) && !/view=outline/.test(path) });
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });

  it('ignores unknown or hostile URL parameters', async () => {
    const { page, problems } = await openPage(
      browser,
      `/#/plan/kasama?view=${encodeURIComponent('<script>alert(1)</script>')}&node=${encodeURIComponent('../../etc/passwd')}&foo=bar&embed=0`,
    );
    await page.locator('path.arc').first().waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('項目「../../etc/passwd」はこの計画にありません');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('posts only its height to the host page and ignores messages sent to it', async () => {
    const { page } = await watch(await browser.newPage());
    await page.goto(`${host.url}/host.html`);
    await page.frameLocator('#f').locator('path.arc').first().waitFor();
    const frameUrl = () =>
      page
        .frames()
        .find((f) => f !== page.mainFrame())!
        .url();
    const before = frameUrl();
    await page.evaluate(() => {
      const w = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
      w.postMessage({ type: 'navigate', to: '#/plan/kasama' }, '*');
      w.postMessage('<img src=x onerror=alert(1)>', '*');
    });
    // A change the frame does report, after our messages: once its height arrives, the
    // frame has had its turn to act on them.
    const count = () => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length);
    const seen = await count();
    await page.evaluate(() => ((document.getElementById('f') as HTMLIFrameElement).style.width = '420px'));
    await expect.poll(count).toBeGreaterThan(seen);
    expect(frameUrl()).toBe(before);
    const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    expect(received.length).toBeGreaterThan(0);
    for (const m of received) expect(Object.keys(m as object).sort()).toEqual(['height', 'type']);
    expect(new Set(received.map((m) => (m as { type: string }).type))).toEqual(
      new Set(['welfare-plan-explorer:height']),
    );
  });
});
