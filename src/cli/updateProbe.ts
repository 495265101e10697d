/**
 * How long an accepted update (「新しい版があります — 再読み込み」) takes to show the new version,
 * in Chromium with nothing attached to the service worker, as in a person's browser.
 *
 * The e2e tests drive Chromium with Playwright, which attaches DevTools to every service worker;
 * Chromium then keeps a worker alive that it would otherwise let go, and the switch behaves
 * otherwise. Here one bare DevTools connection reaches the page only.
 *
 *   npm run build && node --experimental-websocket --import tsx src/cli/updateProbe.ts [rounds] [dist]
 *
 * Each round: a fresh profile and a copy of the site; the plan page is opened and kept; a new
 * build is put on the host (index.html with <meta name="release">, sw.js with another version);
 * the offer is accepted; prints the time until the page shows the new version (-1: not within 40 s).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serveDist';

const CHROMIUM = '/usr/bin/chromium';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One DevTools connection to the browser's first page. */
async function pageConnection(profile: string) {
  const portFile = join(profile, 'DevToolsActivePort');
  while (!existsSync(portFile)) await sleep(50);
  await sleep(100);
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  let targets: { type: string; webSocketDebuggerUrl: string }[] = [];
  while (!targets.some((t) => t.type === 'page')) {
    targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as typeof targets;
    await sleep(50);
  }
  const ws = new WebSocket(targets.find((t) => t.type === 'page')!.webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener('open', r));
  type Answer = { id?: number; result?: { result?: { value?: unknown } } };
  let id = 0;
  const answers = new Map<number, (v: Answer) => void>();
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(String(e.data)) as Answer;
    if (m.id) answers.get(m.id)?.(m);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<Answer>((r) => {
      answers.set(++id, r);
      ws.send(JSON.stringify({ id, method, params }));
    });
  const evaluate = async (expression: string) =>
    (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result?.result?.value;
  /** Milliseconds until the expression holds (-1: not within `ms`). */
  const until = async (expression: string, ms = 15_000) => {
    const start = Date.now();
    while (Date.now() - start < ms) {
      if (await evaluate(expression).catch(() => false)) return Date.now() - start;
      await sleep(50);
    }
    return -1;
  };
  return { send, evaluate, until, close: () => ws.close() };
}

async function round(dist: string): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'update-profile-'));
  const site = mkdtempSync(join(tmpdir(), 'update-site-'));
  cpSync(dist, site, { recursive: true });
  const host = await serve(site);
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--user-data-dir=${profile}`];
  const chrome = spawn(CHROMIUM, [...args, '--remote-debugging-port=0', 'about:blank'], { stdio: 'ignore' });
  const page = await pageConnection(profile);
  const shown = `!!document.querySelector('.plan-header')`;
  const offer = `[...document.querySelectorAll('button')].find((b) => b.textContent.includes('新しい版があります'))`;
  await page.send('Page.navigate', { url: `${host.url}/council-site/#/plan/kasama` });
  await page.until(shown);
  await page.evaluate('navigator.serviceWorker.ready.then(() => 1)');
  await page.send('Page.reload');
  await page.until(`!!navigator.serviceWorker.controller && ${shown}`);
  const release = '<meta name="release" content="2">';
  const rewrite = (file: string, from: string | RegExp, to: string) =>
    writeFileSync(join(site, file), readFileSync(join(site, file), 'utf8').replace(from, to));
  rewrite('index.html', '<head>', `<head>${release}`);
  rewrite('sw.js', /version:`(\w+)`/, 'version:`$1-2`');
  await page.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => 1)');
  await page.until(`!!${offer}`);
  await page.send('Page.reload');
  await page.until(`${shown} && !!${offer}`);
  await page.evaluate(`${offer}.click(), 1`);
  const ms = await page.until(`!!document.querySelector('meta[name=release]') && ${shown}`, 40_000);
  page.close();
  chrome.kill();
  host.server.closeAllConnections();
  host.server.close();
  await sleep(300);
  rmSync(profile, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  return ms;
}

const [rounds = '20', dist = 'dist'] = process.argv.slice(2);
const times: number[] = [];
for (let i = 0; i < Number(rounds); i++) {
  times.push(await round(dist));
  console.log(`round ${i + 1}: ${times.at(-1)} ms`);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `${times.length} rounds; not shown within 40 s: ${times.filter((t) => t < 0).length}; over 5 s: ${times.filter((t) => t > 5000).length}; median ${sorted[sorted.length >> 1]} ms; slowest ${sorted.at(-1)} ms`,
);
process.exit(0);
