import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../lib/plan/schema';
import { phrases } from '../lib/layout/phrases';
import { esc, pageDescription, planPage, planSummary, shareTags, siteUrlOf, sitemap } from './planHtml';

const TEMPLATE = readFileSync('index.html', 'utf8');
const kasama = JSON.parse(readFileSync('static/plans/kasama.json', 'utf8')) as Plan;

/** A plan whose every text would break HTML if it were not escaped. */
const hostile: Plan = {
  ...kasama,
  id: 'x',
  title: '<script>alert(1)</script>計画',
  council: '"協議会" & \'会\'',
  vision: '<b>理念</b>',
  source: 'a<b',
  sections: [{ heading: '', text: '', line: 1 }],
  root: {
    ...kasama.root,
    title: '</ol><h1>x</h1>',
    children: [
      {
        ...kasama.root.children[0],
        title: '<img src=x onerror=alert(1)>',
        tags: ['重点'],
        residents: ['<i>見守り</i>'],
        children: [],
      },
    ],
  },
};

describe("a plan's page", () => {
  it('puts the plan in the head (title, description) and its text in the body, before the app', () => {
    const html = planPage(TEMPLATE, kasama);
    expect(html).toContain('<html lang="ja" data-plan-page="kasama">');
    expect(html).toMatch(/<meta charset="UTF-8" \/>\s*<base href="..\/..\/">/);
    expect(html).toContain(`<title>${kasama.title}｜${kasama.council}｜`);
    expect(html).toContain(`content="基本理念「${kasama.vision}」`);
    expect(html.indexOf('id="static-plan"')).toBeLessThan(html.indexOf('<div id="app"></div>'));
    expect(html).toContain(
      '<h1><span class="sp-council">笠間市社会福祉協議会(茨城県)</span><span class="sp-phrases">第4次笠間市地域福祉活動計画(概要版)</span></h1>',
    );
    expect(html).toContain(kasama.period!.label);
    // No inline script or style: the site's CSP is default-src 'self'.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\bstyle="/);
  });

  it("paints the words with the HTML and its stylesheet only: the app's module and preloads wait for the boot script, after the paint", () => {
    const built = TEMPLATE.replace(
      /\s*<script type="module" src="[^"]+"><\/script>/,
      `\n    <script src="./assets/boot-AbC_1.js" data-routes='{}'></script>\n    <script type="module" crossorigin src="./assets/index-X1.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/client-Y2.js">\n    <link rel="modulepreload" crossorigin href="./assets/storage-Z3.js">\n    <link rel="stylesheet" crossorigin href="./assets/index-W4.css">`,
    );
    const html = planPage(built, kasama);
    expect(html).toContain(
      `<script async src="./assets/boot-AbC_1.js" data-app="./assets/index-X1.js" data-routes='{}'></script>`,
    );
    expect(html).not.toContain('type="module"');
    // The preloads, the icon and the manifest wait, inert, for the boot script.
    const later = /<template id="after-paint">(.*?)<\/template>/.exec(html)?.[1] ?? '';
    expect(later).toContain(
      '<link rel="modulepreload" crossorigin href="./assets/client-Y2.js"><link rel="modulepreload" crossorigin href="./assets/storage-Z3.js">',
    );
    expect(later).toContain('<link rel="manifest" href="./manifest.webmanifest"');
    expect(html.replace(/<template.*?<\/template>/, '')).not.toMatch(/modulepreload|rel="manifest"/);
    // The icon stays: without it the browser would ask the host for /favicon.ico.
    expect(html.replace(/<template.*?<\/template>/, '')).toContain('<link rel="icon" href="./favicon.svg"');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-W4.css">');
    // index.html itself keeps its tags: the gallery and the compare page boot as before.
    expect(built).toContain('<script type="module" crossorigin src="./assets/index-X1.js">');
  });

  it("breaks the plan's and every item's title between the app's phrases (a <wbr> between BudouX's phrases)", () => {
    const items = (n: PlanNode): PlanNode[] => n.children.flatMap((c) => [c, ...items(c)]);
    for (const plan of [kasama, JSON.parse(readFileSync('static/plans/tsurugashima.json', 'utf8')) as Plan]) {
      const html = planPage(TEMPLATE, plan);
      for (const title of [plan.title, ...items(plan.root).map((n) => n.title)]) {
        // The same phrases as the app's Phrases component (src/lib/layout/phrases.ts, BudouX through Vite).
        expect(phrases(title).length).toBeGreaterThan(0);
        expect(html).toContain(`<span class="sp-phrases">${phrases(title).map(esc).join('<wbr>')}</span>`);
      }
    }
    expect(planPage(TEMPLATE, kasama)).toContain('<span class="sp-phrases">支えあう<wbr>輪づくり</span>');
  });

  it('escapes every text of the plan (plan text is data)', () => {
    const html = planPage(TEMPLATE, hostile);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>理念');
    expect(html).not.toContain('</ol><h1>x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;協議会&quot; &amp; &#39;会&#39;');
    // An empty passage gets no empty heading.
    expect(html).not.toContain('<h2></h2>');
  });

  it('writes share tags; absolute addresses and the card only with a site address', () => {
    expect(shareTags(kasama, {})).toContain(
      '<meta property="og:title" content="第4次笠間市地域福祉活動計画(概要版)｜笠間市社会福祉協議会">',
    );
    expect(shareTags(kasama, {})).not.toContain('og:image');
    expect(shareTags(kasama, {})).toContain('content="summary"');
    const full = shareTags(kasama, { siteUrl: 'https://fukushi.example.jp/plans/', card: true });
    expect(full).toContain('<link rel="canonical" href="https://fukushi.example.jp/plans/plan/kasama/">');
    expect(full).toContain(
      '<meta property="og:image" content="https://fukushi.example.jp/plans/plan/kasama/card.png">',
    );
    expect(full).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(full).toContain('content="1200"');
  });

  it('sums the plan up first: its vision, its top-level items by name, how many items they hold', () => {
    const okegawa = JSON.parse(readFileSync('static/plans/okegawa.json', 'utf8')) as Plan;
    expect(planSummary(okegawa)).toBe(
      '桶川市社会福祉協議会の第6期 地域福祉活動計画は、基本理念「みんなでたすけあい 笑顔でつながるまちづくり」のもと、基本計画「住んでいる地域を大切に」「できることをできるときに」「地域で安心して暮らすために」「地域福祉推進体制の強化」の4つと、その下の' +
        `${JSON.stringify(okegawa.root).split('"children"').length - 1 - 1 - 4}の項目からなります。`,
    );
    // Top-level items of different kinds (重点施策 and 基本方針): named as 柱.
    const mixed = {
      ...kasama,
      root: {
        ...kasama.root,
        children: [
          { ...kasama.root.children[0], level: '重点施策', children: [] },
          { ...kasama.root.children[1], level: '基本方針', children: [] },
        ],
      },
    };
    expect(planSummary(mixed)).toContain(
      `のもと、柱「${kasama.root.children[0].title}」「${kasama.root.children[1].title}」の2つからなります。`,
    );
    // Ten or more: 「12の」, never 「12つ」.
    const twelve = {
      ...kasama,
      root: {
        ...kasama.root,
        children: Array.from({ length: 12 }, (_, i) => ({ ...kasama.root.children[0], id: `g${i}`, children: [] })),
      },
    };
    expect(planSummary(twelve)).toMatch(/」の12からなります。$/);
    expect(planSummary({ ...kasama, vision: '', root: { ...kasama.root, children: [] } })).toBe(
      `${kasama.council}の${kasama.title}は、まだ項目がありません。`,
    );
    expect(planPage(TEMPLATE, hostile)).toContain('<p class="sp-summary">&quot;協議会&quot;');
  });

  it('keeps the description to what a search result shows', () => {
    const long = { ...kasama, vision: 'あ'.repeat(400) };
    expect(pageDescription(long).length).toBeLessThanOrEqual(160);
    expect(pageDescription({ ...kasama, vision: '', period: null })).toBe(`${kasama.council}の${kasama.title}。`);
  });

  it('reads SITE_URL into an address ending in /, and says in Japanese what is wrong with a bad one', () => {
    expect(siteUrlOf(undefined)).toBeUndefined();
    expect(siteUrlOf(' ')).toBeUndefined();
    expect(siteUrlOf('https://a.jp/x')).toBe('https://a.jp/x/');
    expect(siteUrlOf('https://a.jp/x/?q=1#h')).toBe('https://a.jp/x/');
    expect(() => siteUrlOf('a.jp/x')).toThrow(/SITE_URL「a.jp\/x」.*https:\/\//);
    expect(() => siteUrlOf('ftp://a.jp/')).toThrow(/http:\/\/ か https:\/\//);
  });

  it('lists the front page and every plan page in sitemap.xml', () => {
    const xml = sitemap('https://a.jp/', ['kasama', 'chiba']);
    expect(xml).toContain('<loc>https://a.jp/</loc>');
    expect(xml).toContain('<loc>https://a.jp/plan/kasama/</loc>');
    expect(xml).toContain('<loc>https://a.jp/plan/chiba/</loc>');
  });
});
