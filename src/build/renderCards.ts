/**
 * Photographs share cards (src/build/shareCard.ts) as PNG with Chromium, at build only and only
 * when the site's address is given (a card needs an absolute URL). Without Chromium the pages
 * are still written, with text-only share tags, and the build says why there is no picture.
 */
import { existsSync } from 'node:fs';
import { CARD_HEIGHT, CARD_WIDTH } from './planHtml';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Is there a Chromium to draw the cards with? */
export const canDrawCards = () => existsSync(CHROMIUM);

/** Each card's PNG, by id, drawn one after another in one browser page. */
export async function renderCards(cards: { id: string; html: string }[]): Promise<Map<string, Buffer>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const out = new Map<string, Buffer>();
  try {
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
    for (const { id, html } of cards) {
      await page.setContent(html, { waitUntil: 'load' });
      // The fonts must be in before the picture is taken.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      out.set(id, await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } }));
    }
  } finally {
    await browser.close();
  }
  return out;
}
