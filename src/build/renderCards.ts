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

/** Pages drawing at once: Chromium lays out and paints one while another is being encoded. */
const PAGES_AT_ONCE = 4;

/** Each card's PNG, by id, drawn in a few browser pages side by side. */
export async function renderCards(cards: { id: string; html: string }[]): Promise<Map<string, Buffer>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const out = new Map<string, Buffer>();
  let next = 0;
  const drawer = async () => {
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 });
    for (let i = next++; i < cards.length; i = next++) {
      await page.setContent(cards[i].html, { waitUntil: 'load' });
      // The fonts must be in before the picture is taken.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      out.set(
        cards[i].id,
        await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } }),
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, cards.length) }, drawer));
  } finally {
    await browser.close();
  }
  return out;
}
