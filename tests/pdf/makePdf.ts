/** Prints HTML to PDF with Debian's Chromium (Noto Sans CJK installed): real PDFs made in the tests. */
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function withBrowser<T>(f: (print: (html: string) => Promise<Buffer>) => Promise<T>): Promise<T> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return await f(async (html) => {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      await page.close();
      return pdf;
    });
  } finally {
    await browser.close();
  }
}
