import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../lib/plan/schema';
import { pageDescription, planPage, shareTags, siteUrlOf, sitemap } from './planHtml';

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
  root: { ...kasama.root, title: '</ol><h1>x</h1>', children: [{ ...kasama.root.children[0], title: '<img src=x onerror=alert(1)>', tags: ['重点'], residents: ['<i>見守り</i>'], children: [] }] },
};

describe('a plan\'s page', () => {
  it('puts the plan in the head (title, description) and its text in the body, before the app', () => {
    const html = planPage(TEMPLATE, kasama);
    expect(html).toContain('<html lang="ja" data-plan-page="kasama">');
    expect(html).toMatch(/<meta charset="UTF-8" \/>\s*<base href="..\/..\/">/);
    expect(html).toContain(`<title>${kasama.title}｜${kasama.council}｜`);
    expect(html).toContain(`content="基本理念「${kasama.vision}」`);
    expect(html.indexOf('id="static-plan"')).toBeLessThan(html.indexOf('<div id="app"></div>'));
    expect(html).toContain('<h1><span class="sp-council">笠間市社会福祉協議会(茨城県)</span>第4次笠間市地域福祉活動計画(概要版)</h1>');
    expect(html).toContain(kasama.period!.label);
    // No inline script or style: the site's CSP is default-src 'self'.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\bstyle="/);
  });

  it('lets the words paint before the boot script runs (async: it only starts downloads)', () => {
    const built = TEMPLATE.replace('<script type="module"', '<script src="./assets/boot-AbC_1.js" data-routes=\'{}\'></script>\n<script type="module"');
    expect(planPage(built, kasama)).toContain('<script async src="./assets/boot-AbC_1.js" data-routes=');
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
    expect(shareTags(kasama, {})).toContain('<meta property="og:title" content="第4次笠間市地域福祉活動計画(概要版)｜笠間市社会福祉協議会">');
    expect(shareTags(kasama, {})).not.toContain('og:image');
    expect(shareTags(kasama, {})).toContain('content="summary"');
    const full = shareTags(kasama, { siteUrl: 'https://fukushi.example.jp/plans/', card: true });
    expect(full).toContain('<link rel="canonical" href="https://fukushi.example.jp/plans/plan/kasama/">');
    expect(full).toContain('<meta property="og:image" content="https://fukushi.example.jp/plans/plan/kasama/card.png">');
    expect(full).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(full).toContain('content="1200"');
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
