/**
 * Import page half of npm run bench: a 100,000-line plan text (about 2 MB) pasted into the
 * text box, traced in headless Debian Chromium. For every main-thread task over 50 ms the
 * trace splits its time into the page's own script (our code: handlers, Svelte updates,
 * reading the worker's reply) and the browser's layout, style and paint of the text box.
 * Wall-clock figures: on a machine shared with other work they grow with its load.
 */
import { chromium, type CDPSession } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { serve } from './serveDist';
import { seedsPlan } from './bigPlans';

const LINES = 100_000;
const REPORT_MS = 50;
/** Script events: a handler run, a script evaluated, a timer or microtask callback. */
const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'V8.Execute',
  'RunMicrotasks',
  'v8.callFunction',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
]);
/** The browser's own rendering work. */
const RENDER = new Set([
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'PrePaint',
  'Layerize',
  'UpdateLayer',
  'HitTest',
  'ScrollLayer',
  'IntersectionObserverController::computeIntersections',
]);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Total length of the union of intervals [start, end). */
function covered(spans: [number, number][]): number {
  let [total, end] = [0, -Infinity];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

function tasksOf(events: TraceEvent[]) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events.filter((e) => e.ph === 'X' && main && e.tid === main.tid && e.pid === main.pid);
  const tasks = own.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 > REPORT_MS);
  return tasks.map((t) => {
    const inside = own.filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!);
    const span = (names: Set<string>) =>
      inside.filter((e) => names.has(e.name)).map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
    const render = covered(span(RENDER));
    // Script time without the rendering it waited for (a forced layout inside a handler is counted as the browser's).
    const script =
      covered(span(SCRIPT)) -
      covered([...span(SCRIPT).flatMap(([a, b]) => span(RENDER).filter(([c, d]) => c >= a && d <= b))]);
    const top = inside
      .filter((e) => e !== t)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 6)
      .map(
        (e) =>
          `${e.name}${
            (e.args as { data?: { functionName?: string; url?: string; type?: string } })?.data
              ? ` ${JSON.stringify((e.args as { data: object }).data)
                  .replace(/"(frame|isolate|url)":"[^"]*",?/g, '')
                  .slice(0, 160)}`
              : ''
          } ${((e.dur ?? 0) / 1000).toFixed(0)}ms`,
      );
    return { taskMs: t.dur! / 1000, scriptMs: Math.max(0, script) / 1000, renderMs: render / 1000, top };
  });
}

async function traced(session: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute',
    transferMode: 'ReportEvents',
  });
  await run();
  await session.send('Tracing.end');
  await done;
  return events;
}

export async function benchImport() {
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`seeds/${f}`, 'utf8'));
  const text = seedsPlan(seeds, LINES);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const { server, url } = await serve('dist');
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}/#/import`);
    const box = page.getByLabel('計画のテキスト');
    await box.waitFor();
    const session = await page.context().newCDPSession(page);
    const t0 = Date.now();
    const events = await traced(session, async () => {
      // As a paste leaves it: the whole text in the box, one input event (Playwright's fill types it in pieces).
      await box.evaluate((el: HTMLTextAreaElement, t) => {
        el.focus();
        el.value = t;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, text);
      await page.locator('[role="tree"] [role="treeitem"]').first().waitFor({ timeout: 120_000 });
      await page.locator('.busy').waitFor({ state: 'detached', timeout: 120_000 });
    });
    const treeMs = Date.now() - t0;
    const tasks = tasksOf(events).sort((a, b) => b.scriptMs - a.scriptMs);
    const row = (t: (typeof tasks)[number]) =>
      `| ${t.taskMs.toFixed(0)} | ${t.scriptMs.toFixed(0)} | ${t.renderMs.toFixed(0)} |`;
    console.log(
      `\n## import page: ${LINES.toLocaleString()}-line paste (${(text.length / 1e6).toFixed(1)} M characters), tree shown after ${treeMs} ms`,
    );
    console.log(
      'main-thread tasks over 50 ms, the longest script first:\n| task ms | our script ms | layout/style/paint ms |\n|---|---|---|',
    );
    for (const t of tasks.slice(0, 8)) console.log(row(t));
    if (process.env.BENCH_DETAIL) for (const t of tasks.slice(0, 3)) console.log(t.top.join('\n  '));
    return {
      lines: LINES,
      chars: text.length,
      treeMs,
      tasks: tasks.map(({ top: _top, ...t }) => t),
      maxScriptMs: tasks[0]?.scriptMs ?? 0,
    };
  } finally {
    server.close();
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchImport();
