/**
 * Writes the app's PNG icons (static/icons/) from static/favicon.svg, drawn by Chromium:
 * `npx tsx src/cli/makeIcons.ts`. Run again when the favicon changes; the PNGs are committed.
 * The maskable icon keeps the mark inside the middle 80 % a launcher may crop to a circle.
 */
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ICONS = [
  { file: 'icon-192.png', size: 192, padding: 0.06 },
  { file: 'icon-512.png', size: 512, padding: 0.06 },
  { file: 'icon-maskable-512.png', size: 512, padding: 0.2 },
];

const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, padding } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const inset = Math.round(size * padding);
    await page.setContent(
      `<body style="margin:0;background:#ffffff"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" style="display:block;margin:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(`static/icons/${file}`, await page.screenshot({ type: 'png' }));
    await page.close();
  }
} finally {
  await browser.close();
}
