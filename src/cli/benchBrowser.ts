/**
 * Browser half of npm run bench: what a resident's phone downloads, how fast each plan draws,
 * and how the diagrams hold up with 5,000 and 20,000 nodes, side by side with sunburst-chart.
 * Needs dist/ (npm run bench builds it) and Debian's Chromium.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { serve } from './serveDist';
import type { Plan, PlanNode } from '../lib/plan/schema';
import { ensureBenchTools } from './benchTools';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    min: s[0] ?? NaN,
    median: s[Math.floor(s.length / 2)] ?? NaN,
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN,
    max: s[s.length - 1] ?? NaN,
  };
}

/** A plan of about n nodes, five levels deep, titles from the seeds. */
function synthetic(n: number, titles: string[]): Plan {
  let made = 0;
  let seed = n;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const node = (id: string, depth: number, fan: number): PlanNode => {
    made++;
    const children: PlanNode[] = [];
    if (depth < 5)
      for (let k = 1; k <= fan && made < n; k++)
        children.push(node(`${id}-${k}`, depth + 1, depth < 2 ? fan : Math.max(2, Math.round(fan * 0.8 + rnd() * 3))));
    return {
      id,
      level: '取組',
      code: '',
      title: titles[Math.floor(rnd() * titles.length)],
      description: '',
      tags: [],
      children,
      line: 1,
    };
  };
  const fan = Math.max(3, Math.round(Math.pow(n, 1 / 5)));
  const root: PlanNode = {
    id: 'root',
    level: '基本理念',
    code: '',
    title: '合成計画',
    description: '',
    tags: [],
    children: [],
    line: 0,
  };
  for (let k = 1; made < n; k++) root.children.push(node(String(k), 1, fan + 1));
  return {
    id: `synth${n}`,
    council: '合成データ',
    municipality: '',
    prefecture: '',
    title: `${n} 項目の合成計画`,
    period: null,
    vision: '合成計画',
    source: 'bench',
    root,
  };
}

/**
 * Frame times (rAF deltas) while `act` runs an animation, for `ms` milliseconds. Passed as
 * source text: tsx would otherwise add helpers to the function that the page does not have.
 */
async function frames(page: Page, act: string, ms = 900): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const deltas = [];
    let last = performance.now();
    let on = true;
    const tick = (t) => { deltas.push(t - last); last = t; if (on) requestAnimationFrame(tick); };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
    ${act};
    setTimeout(() => { on = false; done(deltas); }, ${ms});
  })`);
}

export async function benchBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync('dist', dir, { recursive: true });
  const titles: string[] = [];
  for (const f of readdirSync('static/plans').filter(
    (x) => x.endsWith('.json') && x !== 'index.json' && !x.includes('sample'),
  )) {
    const walk = (n: PlanNode) => (titles.push(n.title), n.children.forEach(walk));
    walk((JSON.parse(readFileSync(`static/plans/${f}`, 'utf8')) as Plan).root);
  }
  const sizes = [5000, 20000];
  const index = JSON.parse(readFileSync(join(dir, 'plans/index.json'), 'utf8'));
  for (const n of sizes) {
    const p = synthetic(n, titles);
    writeFileSync(join(dir, `plans/${p.id}.json`), JSON.stringify(p));
    index.plans.push({
      id: p.id,
      council: p.council,
      municipality: '',
      prefecture: '',
      title: p.title,
      period: null,
      vision: p.vision,
      nodeCount: n,
    });
  }
  writeFileSync(join(dir, 'plans/index.json'), JSON.stringify(index));
  ensureBenchTools(['sunburst-chart']);
  const chartJs = readFileSync('node_modules/sunburst-chart/dist/sunburst-chart.min.js', 'utf8');
  const pages: Record<string, string> = {
    '/sunburst-chart.html': `<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="c"></div><script>${chartJs}</script></body>`,
  };
  const { server, url } = await serve(dir, 0, '/x/', { csp: false, pages });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
  const out: Record<string, unknown> = {
    machine: 'headless Debian Chromium, 2 cores',
    date: new Date().toISOString().slice(0, 10),
  };
  try {
    // --- size: what the first page and a plan page fetch, gzip-compressed ---
    const fetched = async (hash: string, ready: string) => {
      const page = await browser.newPage();
      const urls = new Set<string>();
      page.on('request', (r) => urls.add(r.url()));
      await page.goto(`${url}/${hash}`);
      await page.locator(ready).first().waitFor();
      await page.close();
      const files = [...urls].map((u) => new URL(u).pathname).filter((p) => /\.(js|css)$/.test(p));
      const bytes = (re: RegExp) =>
        files.filter((f) => re.test(f)).reduce((s, f) => s + gz(readFileSync(join(dir, f))), 0);
      return { js: bytes(/\.js$/), css: bytes(/\.css$/), files: files.length };
    };
    const first = await fetched('#/', 'a[data-plan-id]');
    const planPage = await fetched('#/plan/kasama', 'path.arc');
    const comparePage = await fetched('#/compare?plans=kasama,chiba', 'path.arc');
    const planJson = Object.fromEntries(
      readdirSync('static/plans').map((f) => [f, gz(readFileSync(`static/plans/${f}`))]),
    );
    out.size = { firstPage: first, planPage, comparePage, planJson };
    console.log('\n## size (gzip; files = JS and CSS requests, the fewer the fewer round trips on a slow line)');
    console.log(
      `first page (gallery): JS ${kb(first.js)}, CSS ${kb(first.css)}, ${first.files} files — goal JS ≤ 60 KB`,
    );
    console.log(`plan page (sunburst): JS ${kb(planPage.js)}, CSS ${kb(planPage.css)}, ${planPage.files} files`);
    console.log(`compare page: JS ${kb(comparePage.js)}, CSS ${kb(comparePage.css)}, ${comparePage.files} files`);
    console.log(
      `plan JSON: ${Object.entries(planJson)
        .map(([f, b]) => `${f} ${kb(b)}`)
        .join(', ')} — goal ≤ 15 KB each`,
    );

    // --- load: navigation start → sunburst drawn, per seed plan ---
    const timeToDiagram = async (hash: string, selector: string, viewport = { width: 1280, height: 800 }) => {
      const page = await browser.newPage({ viewport });
      await page.addInitScript((sel) => {
        new MutationObserver((_, o) => {
          if (document.querySelector(sel)) {
            // Drawn = the frame after the elements arrive (as for sunburst-chart below).
            requestAnimationFrame(() => ((window as unknown as { __drawn: number }).__drawn = performance.now()));
            o.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, selector);
      await page.goto(`${url}/${hash}`);
      await page.locator(selector).first().waitFor({ timeout: 120_000 });
      await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn !== undefined);
      const t = await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn);
      return { page, t };
    };
    const load: Record<string, number> = {};
    for (const id of ['kisarazu', 'chiba', 'okegawa', 'kasama', 'tsurugashima']) {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const { page, t } = await timeToDiagram(`#/plan/${id}`, 'path.arc');
        runs.push(t);
        await page.close();
      }
      load[id] = stats(runs).median;
    }
    out.load = load;

    // --- first view on a phone: slow 4G (150 ms round trip, 1.6 Mbps) and a 4× slower CPU ---
    // The shape of Lighthouse's mobile preset, applied through the DevTools protocol, so the
    // order in which code and data arrive (the waterfall) shows in the figure: when the words
    // show (the largest paint) and when the diagram is drawn.
    const onPhone = async (hash: string, selector: string) => {
      const words: number[] = [];
      const drawn: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await page.addInitScript(() => {
          const w = window as unknown as { __lcp: number };
          new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
        });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: (1.6 * 1024 * 1024) / 8,
          uploadThroughput: (750 * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(`${url}/${hash}`);
        await page.locator(selector).first().waitFor({ timeout: 120_000 });
        drawn.push(await page.evaluate(() => performance.now()));
        words.push(await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp));
        await page.close();
      }
      return { words: stats(words), drawn: stats(drawn) };
    };
    const phone = {
      gallery: await onPhone('#/', 'a[data-plan-id]'),
      plan: await onPhone('#/plan/kasama?view=sunburst', 'path.arc'),
      compare: await onPhone('#/compare?plans=kasama,chiba', 'path.arc'),
    };
    out.phone = phone;
    console.log(
      '\n## first view on a phone (slow 4G 150 ms / 1.6 Mbps, CPU 4× slower; uncompressed loopback; min / median / max of 3)',
    );
    console.log('| page | words shown (largest paint) ms | ready (cards / diagram drawn) ms |');
    console.log('|---|---|---|');
    const three = (s: ReturnType<typeof stats>) => `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)}`;
    for (const [k, v] of Object.entries(phone)) console.log(`| ${k} | ${three(v.words)} | ${three(v.drawn)} |`);
    console.log('\n## load: navigation start → sunburst drawn (median of 3)');
    console.log(
      Object.entries(load)
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join(', '),
    );

    // --- scale: ours vs sunburst-chart ---
    const scale: Record<string, unknown> = {};
    console.log('\n## scale: first render and zoom frames (rAF deltas)');
    console.log('| nodes | diagram | first render ms (min / median / max of 3) | zoom median ms | zoom p95 ms |');
    console.log('|---|---|---|---|---|');
    // Drawn = every sector is on screen: the sunburst says so (data-drawn: SVG and canvas
    // parts), then its frame is styled, laid out and painted (timed in a task after that
    // frame's rAF). sunburst-chart is timed the same way once its sectors are in the DOM.
    const AFTER_PAINT = `new Promise((done) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => done(performance.now()); c.port2.postMessage(0); }))`;
    const timeToDrawn = async (hash: string, viewport: { width: number; height: number }) => {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(`new MutationObserver((_, o) => {
        if (!document.querySelector('[data-drawn="true"]')) return;
        o.disconnect();
        ${AFTER_PAINT}.then((t) => (window.__drawn = t));
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn'] })`);
      await page.goto(`${url}/${hash}`);
      await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn !== undefined, null, {
        timeout: 120_000,
      });
      return { page, t: await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn) };
    };
    // Besides the deep plans, a wide one (4 goals × 250 measures × 4 actions) on a 1920×1080
    // screen: its second ring (1,000 sectors) is too dense for SVG and goes to the canvas, so
    // this row times the canvas part too (the deep plans show one or two sparse rings).
    let made = 0;
    const leaf = (id: string, children: PlanNode[] = []): PlanNode => ({
      id,
      level: '取組',
      code: '',
      title: titles[made++ % titles.length],
      description: '',
      tags: [],
      children,
      line: 1,
    });
    const span = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
    const wideRoot = {
      ...leaf(
        'root',
        span(4).map((g) =>
          leaf(
            `${g}`,
            span(250).map((m) =>
              leaf(
                `${g}-${m}`,
                span(4).map((a) => leaf(`${g}-${m}-${a}`)),
              ),
            ),
          ),
        ),
      ),
      level: '基本理念',
      title: '合成計画',
    };
    writeFileSync(
      join(dir, 'plans/wide5005.json'),
      JSON.stringify({
        id: 'wide5005',
        council: '合成データ',
        municipality: '',
        prefecture: '',
        title: '幅の広い合成計画',
        period: null,
        vision: '合成計画',
        source: 'bench',
        root: wideRoot,
      } satisfies Plan),
    );
    const cases = [
      ...sizes.map((n) => ({ n: String(n), id: `synth${n}`, viewport: { width: 1280, height: 800 } })),
      { n: '5005 wide, 1920×1080', id: 'wide5005', viewport: { width: 1920, height: 1080 } },
    ];
    /** One run of a case: our sunburst and tree, and sunburst-chart, each in a fresh page. */
    const runCase = async (id: string, viewport: { width: number; height: number }) => {
      const ours = await timeToDrawn(`#/plan/${id}`, viewport);
      // First render = code and data in hand → sectors drawn, comparable with sunburst-chart's
      // figure; and as a reader sees it, from the data in hand (the diagram's code comes after the
      // plan's words are painted: issue 18's first view).
      const [loaded, code] = await ours.page.evaluate(() =>
        ['plan-loaded', 'diagram-code'].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? 0),
      );
      const seen = ours.t - loaded;
      ours.t -= Math.max(loaded, code);
      await ours.page.waitForTimeout(300);
      const zoom = await frames(
        ours.page,
        `document.querySelector('path.arc[data-node-id="2"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`,
      );
      await ours.page.close();
      const tree = await timeToDiagram(`#/plan/${id}?view=tree`, 'g.node');
      tree.t -= await tree.page.evaluate(() => performance.getEntriesByName('plan-loaded')[0]?.startTime ?? 0);
      await tree.page.waitForTimeout(300);
      const treeZoom = await frames(
        tree.page,
        `[...document.querySelectorAll('.toolbar button')].find((b) => b.textContent === '－').click()`,
        600,
      );
      await tree.page.close();

      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}/sunburst-chart.html`);
      const theirs = (await page.evaluate(`(() => {
        const plan = ${readFileSync(join(dir, `plans/${id}.json`), 'utf8')};
        const conv = (n) => (n.children.length ? { name: n.title, children: n.children.map(conv) } : { name: n.title, value: 1 });
        const t = performance.now();
        window.chart = Sunburst().data(conv(plan.root)).width(800).height(800)(document.getElementById('c'));
        // The chart draws asynchronously: wait for its sectors, then for the frame that shows them to be painted.
        return new Promise((r) => {
          const check = () => (document.querySelectorAll('#c path').length > 10 ? ${AFTER_PAINT}.then((p) => r(p - t)) : requestAnimationFrame(check));
          check();
        });
      })()`)) as number;
      await page.waitForTimeout(300);
      const theirZoom = await frames(page, `const c = window.chart; c.focusOnNode(c.data().children[1]);`);
      await page.close();
      return { ours: ours.t, seen, zoom, tree: tree.t, treeZoom, theirs, theirZoom };
    };
    // Three runs of each case: first renders as min / median / max, zoom frames pooled.
    const RUNS = 3;
    const mmm = (xs: number[]) => {
      const x = stats(xs);
      return `${x.min.toFixed(0)} / ${x.median.toFixed(0)} / ${x.max.toFixed(0)}`;
    };
    for (const { n, id, viewport } of cases) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await runCase(id, viewport));
      const ours = stats(runs.map((r) => r.ours));
      const theirs = stats(runs.map((r) => r.theirs));
      const zoom = stats(runs.flatMap((r) => r.zoom));
      const treeZoom = stats(runs.flatMap((r) => r.treeZoom));
      const theirZoom = stats(runs.flatMap((r) => r.theirZoom));
      scale[n] = {
        runs: RUNS,
        ours: { firstRender: ours, zoom },
        oursFromData: stats(runs.map((r) => r.seen)),
        oursTree: { firstRender: stats(runs.map((r) => r.tree)), zoom: treeZoom },
        sunburstChart: { firstRender: theirs, zoom: theirZoom },
        ratioPerRun: runs.map((r) => r.theirs / r.ours),
      };
      console.log(
        `| ${n} | ours: sunburst | ${mmm(runs.map((r) => r.ours))} | ${zoom.median.toFixed(1)} | ${zoom.p95.toFixed(1)} |`,
      );
      console.log(
        `| ${n} | ours: sunburst, from the data in hand (after the words' paint and the diagram code) | ${mmm(runs.map((r) => r.seen))} | | |`,
      );
      console.log(
        `| ${n} | ours: tree (2 levels open) | ${mmm(runs.map((r) => r.tree))} | ${treeZoom.median.toFixed(1)} | ${treeZoom.p95.toFixed(1)} |`,
      );
      console.log(
        `| ${n} | sunburst-chart 1.21 | ${mmm(runs.map((r) => r.theirs))} | ${theirZoom.median.toFixed(1)} | ${theirZoom.p95.toFixed(1)} |`,
      );
      console.log(
        `| ${n} | ratio sunburst-chart / ours (medians; per run ${runs.map((r) => (r.theirs / r.ours).toFixed(1)).join(', ')}) | ${(theirs.median / ours.median).toFixed(1)}× | ${(theirZoom.median / zoom.median).toFixed(1)}× | ${(theirZoom.p95 / zoom.p95).toFixed(1)}× |`,
      );
    }
    out.scale = scale;
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
