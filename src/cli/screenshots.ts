/**
 * npm run screenshots: the built app at the sizes its people use (1920×1080 and 1024×768
 * projectors, 1280×800 laptops, a 390×844 phone), every scene once settled, saved to
 * screenshots/ for a person to look at. Not a test: nothing here passes or fails.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../tests/e2e/server';

const SIZES = { projector: [1920, 1080], laptop: [1280, 800], 'small-projector': [1024, 768], phone: [390, 844] } as const;
const SCENES: { name: string; path: string; sizes?: (keyof typeof SIZES)[]; act?: string }[] = [
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
];

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const { server, url } = await serve('dist', 0, '/x/');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
let n = 0;
for (const scene of SCENES) {
  for (const size of scene.sizes ?? (Object.keys(SIZES) as (keyof typeof SIZES)[])) {
    const [width, height] = SIZES[size];
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${url}/${scene.path}`);
    await page.locator('main *').first().waitFor();
    await page.waitForLoadState('networkidle');
    if (await page.locator('[data-settled]').count()) await page.waitForFunction(() => !document.querySelector('[data-settled="false"]'));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${out}/${scene.name}-${size}.png` });
    await page.close();
    n++;
  }
}
await browser.close();
server.close();
console.log(`${n} 枚の画面を ${out}/ に保存しました。`);
