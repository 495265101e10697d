import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, expect, inject } from 'vitest';
import { CHROMIUM } from './globalSetup';

export const baseUrl = () => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface Watched {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export interface WatchOptions {
  /** Errors this test provokes on purpose (a 404 for an unknown plan): matching ones are not problems. */
  expect?: RegExp[];
  /**
   * The site's service worker, off unless a test is about it: a request the worker makes is not
   * seen by page.route, so a test that fakes a plan would race the worker taking control.
   */
  serviceWorkers?: 'allow' | 'block';
}

/** Chromium's console warning for a preload that nothing used (about 3 s after the load event). */
export const PRELOAD_UNUSED = /preloaded using link preload but not used/i;

const watched: { problems: string[]; expected: RegExp[]; page: Page }[] = [];

/**
 * Every page opened in a test is checked after it: an error in the console, an uncaught
 * exception or a CSP violation the test did not ask for fails the test, whatever it asserted.
 */
afterEach(async () => {
  const seen = watched.splice(0);
  const unexpected = seen.flatMap((w) => w.problems.filter((p) => !w.expected.some((re) => re.test(p))));
  await Promise.all(seen.map((w) => w.page.close().catch(() => {})));
  expect(unexpected, 'unexpected page or console errors').toEqual([]);
});

/** Watches a page (also one opened by the page itself) for errors and CSP violations. */
export async function watch(page: Page, { expect: expected = [] }: WatchOptions = {}): Promise<Watched> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Also Chromium's warning that a preloaded file went unused: a request the reader paid for twice.
  page.on(
    'console',
    (m) =>
      (m.type() === 'error' || (m.type() === 'warning' && PRELOAD_UNUSED.test(m.text()))) &&
      problems.push(`console: ${m.text()}`),
  );
  watched.push({ problems, expected, page });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, problems };
}

/** A page that records what a user would never want to happen: errors and CSP violations. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 800 },
  options: WatchOptions = {},
): Promise<Watched> {
  const page = await browser.newPage({
    viewport,
    deviceScaleFactor: 1,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const { problems } = await watch(page, options);
  await page.goto(`${baseUrl()}${path}`);
  return { page, problems };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (added as a script element, which the test browser allows). */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} → ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
  return result;
}

/**
 * Waits until the diagrams on the page are drawn and have settled: zoom ended, labels drawn,
 * tree placed (the diagrams say so in data-settled), fonts in. `{ diagram: false }` for pages
 * that have no diagram (the gallery, the import page).
 */
export async function settled(page: Page, { diagram = true } = {}): Promise<void> {
  if (diagram) await page.locator('[data-settled]').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => page.locator('[data-settled="false"]').count()).toBe(0);
}
