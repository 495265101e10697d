/**
 * npm run screenshots: the built app at the sizes its people use (1920×1080 and 1024×768
 * projectors, 1280×800 laptops, a 390×844 phone), every scene once settled, saved to
 * screenshots/ for a person to look at. Not a test: nothing here passes or fails. Beside each
 * picture it prints what a person would notice first: text under 14 px, text running off the
 * screen, and any error the page threw.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serveDist';

const SIZES = {
  projector: [1920, 1080],
  laptop: [1280, 800],
  'small-projector': [1024, 768],
  phone: [390, 844],
} as const;
/** 文字 特大, as a reader sets it (kept in this browser). */
const XLARGE = { 'welfare-plan-explorer:text-size': 'xlarge' };
const SCENES: { name: string; path: string; sizes?: (keyof typeof SIZES)[]; storage?: Record<string, string> }[] = [
  { name: 'gallery', path: '#/' },
  ...['kisarazu', 'chiba', 'okegawa', 'kasama', 'tsurugashima'].flatMap((id) => [
    { name: `${id}-sunburst`, path: `#/plan/${id}?view=sunburst` },
    { name: `${id}-tree`, path: `#/plan/${id}?view=tree` },
    { name: `${id}-outline`, path: `#/plan/${id}?view=outline`, sizes: ['laptop', 'phone'] as (keyof typeof SIZES)[] },
  ]),
  { name: 'tree-selected', path: '#/plan/okegawa?view=tree&node=3' },
  { name: 'search', path: '#/plan/kisarazu?q=ボランティア' },
  { name: 'search-all', path: '#/search?q=見守り', sizes: ['laptop', 'phone'] },
  { name: 'compare', path: '#/compare?plans=kisarazu,tsurugashima' },
  { name: 'present-vision', path: '#/present/kasama', sizes: ['projector', 'small-projector'] },
  { name: 'present-goal', path: '#/present/okegawa?node=1', sizes: ['projector', 'small-projector'] },
  { name: 'present-torikumi', path: '#/present/kasama?node=1-1', sizes: ['projector', 'small-projector', 'phone'] },
  { name: 'presenter-view', path: '#/present/kasama?node=1&speaker=1', sizes: ['laptop'] },
  { name: 'import', path: '#/import', sizes: ['laptop', 'phone'] },
  { name: 'sunburst-xlarge', path: '#/plan/okegawa?view=sunburst', storage: XLARGE },
  { name: 'tree-xlarge', path: '#/plan/kisarazu?view=tree', sizes: ['laptop', 'small-projector'], storage: XLARGE },
  { name: 'deep-link-phone', path: '#/plan/okegawa?view=tree&node=2-1&q=ボランティア', sizes: ['phone'] },
  { name: 'compare-three', path: '#/compare?plans=kisarazu,okegawa,tsurugashima', sizes: ['projector', 'laptop'] },
  { name: 'present-continued', path: '#/present/okegawa?node=1-1', sizes: ['projector', 'small-projector'] },
  { name: 'plan-page', path: 'plan/kasama/', sizes: ['laptop', 'phone'] },
];

/** Text a person cannot read or cannot see: under 14 px, or running off the screen's sides. */
function legibility(): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll<SVGTextElement | HTMLElement>(
    'main text, main tspan, main p, main li, main button, main a, main h1, main h2, main h3, main span, main label',
  )) {
    if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!r.width || style.visibility === 'hidden' || el.closest('[aria-hidden="true"], .visually-hidden, .sr-only'))
      continue;
    if (r.bottom < 0 || r.top > innerHeight) continue;
    const px =
      parseFloat(style.fontSize) * (el instanceof SVGElement ? (el.closest('svg')?.getScreenCTM()?.a ?? 1) : 1);
    const text = el.textContent!.trim().slice(0, 20);
    if (px < 13.9) found.push(`${px.toFixed(1)} px「${text}」`);
    // A diagram that pans shows only what is inside its box (its edge clips a label on purpose).
    if (!(el instanceof SVGElement) && (r.left < -1 || r.right > innerWidth + 1)) found.push(`画面の外「${text}」`);
  }
  return found;
}

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const { server, url } = await serve('dist', 0, '/x/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
let n = 0;
for (const scene of SCENES) {
  for (const size of scene.sizes ?? (Object.keys(SIZES) as (keyof typeof SIZES)[])) {
    const [width, height] = SIZES[size];
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    if (scene.storage)
      await page.addInitScript(
        (kv) => Object.entries(kv).forEach(([k, v]) => localStorage.setItem(k, v)),
        scene.storage,
      );
    await page.goto(`${url}/${scene.path}`);
    await page.locator('main *').first().waitFor();
    await page.waitForLoadState('networkidle');
    if (await page.locator('[data-settled]').count())
      await page.waitForFunction(() => !document.querySelector('[data-settled="false"]'));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${out}/${scene.name}-${size}.png` });
    const seen = [...(await page.evaluate(legibility)), ...errors];
    if (seen.length)
      console.log(
        `${scene.name}-${size}: ${[...new Set(seen)].slice(0, 6).join(' / ')}${seen.length > 6 ? ` … ほか ${seen.length - 6}` : ''}`,
      );
    await page.close();
    n++;
  }
}
await browser.close();
server.close();
console.log(`${n} 枚の画面を ${out}/ に保存しました。`);
