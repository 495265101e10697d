/** Prints HTML to PDF with Debian's Chromium (Noto Sans CJK installed): the bench's PDFs and the tests'. */
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PrintOptions {
  /** A running header printed at the top of every page, and "- n -" at every foot. */
  running?: string;
  /** Print a tagged (accessible) PDF, with a structure tree, as Chrome's 「PDF に保存」 does. */
  tagged?: boolean;
}

export async function printPdf(
  browser: Browser,
  html: string,
  { running, tagged = false }: PrintOptions = {},
): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const span = (s: string, align: string) =>
      `<div style="font: 8pt 'Noto Sans CJK JP'; width: 100%; margin: 0 16mm; text-align: ${align}">${s}</div>`;
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged,
      ...(running
        ? {
            displayHeaderFooter: true,
            headerTemplate: span(running, 'right'),
            footerTemplate: span('- <span class="pageNumber"></span> -', 'center'),
          }
        : {}),
    });
  } finally {
    await page.close();
  }
}

export function launchForPdf(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}
