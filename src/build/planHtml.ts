/**
 * One published plan as a page of its own (plan/<id>/index.html): the app's index.html with the
 * plan's title, description and share-card tags in its head, and the whole plan as semantic HTML
 * in its body, readable and printable before (or without) any script. The app's scripts, in the
 * same page, then take it over (src/planPage.ts). Pure: the build and the national corpus share it.
 */
import type { Plan, PlanNode, Section } from '../lib/plan/schema';
import { titlePhrases } from './phrasesNode';

/** The page's folder, from the site's root: a static host serves plan/<id>/ from its index.html. */
export const planPagePath = (id: string) => `plan/${id}/`;
/** From the page back to the site's root (plan/<id>/ is two folders down). */
export const PAGE_BASE = '../../';
/** The share card's file, from the site's root. */
export const cardPath = (id: string) => `plan/${id}/card.png`;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const SITE_NAME = '地域福祉活動計画エクスプローラー';
/** Search engines show about this much of a description. */
const DESCRIPTION_CHARS = 160;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Plan text is data: every character that means something to HTML is escaped. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * A title that breaks between its phrases (文節), as the app's Phrases component draws it: a
 * <wbr> between phrases, and planPage.css keeps the rest of each phrase together (no inline style).
 */
export const phrasesHtml = (title: string) =>
  `<span class="sp-phrases">${titlePhrases(title).map(esc).join('<wbr>')}</span>`;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The page's title: the plan and its council, then the site. */
export function pageTitle(plan: Plan): string {
  return `${plan.title}｜${plan.council}｜${SITE_NAME}`;
}

/** The description: the vision first (what people search for), then what the plan is. */
export function pageDescription(plan: Plan): string {
  const period = plan.period ? `(${plan.period.label})` : '';
  const lead = plan.vision ? `基本理念「${plan.vision}」。` : '';
  return clip(`${lead}${plan.council}の${plan.title}${period}。`, DESCRIPTION_CHARS);
}

export interface PageOptions {
  /** The site's address (SITE_URL), ending in '/': absolute URLs for canonical, og:url and the card. */
  siteUrl?: string;
  /** Whether the plan has a share card image (plan/<id>/card.png). */
  card?: boolean;
}

const meta = (attr: 'property' | 'name', key: string, value: string | number) =>
  `<meta ${attr}="${key}" content="${esc(String(value))}">`;
/** One fact for both kinds of card: Open Graph (property="og:…") and Twitter (name="twitter:…"). */
const ogAndTwitter = (key: string, value: string) => [
  meta('property', `og:${key}`, value),
  meta('name', `twitter:${key}`, value),
];

/** Canonical link, Open Graph and Twitter card tags. Share cards need absolute URLs: only with a site address. */
export function shareTags(plan: Plan, opts: PageOptions): string {
  const tags = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:locale', 'ja_JP'),
    ...ogAndTwitter('title', `${plan.title}｜${plan.council}`),
    ...ogAndTwitter('description', pageDescription(plan)),
  ];
  const site = opts.siteUrl;
  if (site) {
    const url = site + planPagePath(plan.id);
    tags.unshift(`<link rel="canonical" href="${esc(url)}">`);
    tags.push(meta('property', 'og:url', url));
  }
  if (site && opts.card) {
    tags.push(
      ...ogAndTwitter('image', site + cardPath(plan.id)),
      ...ogAndTwitter('image:alt', `${plan.title}の体系図(サンバースト図)`),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', CARD_WIDTH),
      meta('property', 'og:image:height', CARD_HEIGHT),
      meta('name', 'twitter:card', 'summary_large_image'),
    );
  } else tags.push(meta('name', 'twitter:card', 'summary'));
  return tags.join('\n    ');
}

const TAG_CLASS: Record<string, string> = { 重点: 'key', 新規: 'new', 再掲: 'again' };

/** One item: its number and title as a heading, its tags, description, residents' list and notes. */
function nodeHtml(node: PlanNode, depth: number): string {
  // h3 for the top level (under the plan's h1 and 「計画の体系」's h2), never past h6.
  const h = `h${Math.min(6, depth + 2)}`;
  const sub = `h${Math.min(6, depth + 3)}`;
  const code = node.code ? `<span class="sp-code">${esc(node.code)}</span> ` : '';
  const level = node.level ? `<span class="sp-level">${esc(node.level)}</span> ` : '';
  const tags = node.tags.length
    ? `<ul class="sp-tags" aria-label="タグ">${node.tags.map((t) => `<li class="sp-tag sp-tag-${TAG_CLASS[t] ?? 'other'}">${esc(t)}</li>`).join('')}</ul>`
    : '';
  const desc = node.description ? `<p class="sp-desc">${esc(node.description)}</p>` : '';
  const residents = node.residents?.length
    ? `<section class="sp-residents"><${sub} class="sp-sub">住民のみなさんができること</${sub}><ul>${node.residents.map((r) => `<li>${esc(r)}</li>`).join('')}</ul></section>`
    : '';
  const notes = node.notes?.length
    ? `<ul class="sp-notes">${node.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`
    : '';
  const kids = childrenHtml(node.children, depth + 1);
  return `<li class="sp-node" data-node-id="${esc(node.id)}"><${h} class="sp-title">${level}${code}${phrasesHtml(node.title)}</${h}>${tags}${desc}${residents}${notes}${kids}</li>`;
}

/** Children as an ordered list: each item's number is the plan's own (in its heading), the list keeps the order. */
function childrenHtml(children: PlanNode[], depth: number): string {
  return children.length
    ? `<ol class="sp-list sp-depth-${Math.min(depth, 4)}">${children.map((c) => nodeHtml(c, depth)).join('')}</ol>`
    : '';
}

/** The plan's facts: council, municipality, period and source. */
function factsHtml(plan: Plan): string {
  const rows: [string, string][] = [
    ['策定', plan.council],
    ['地域', `${plan.prefecture}${plan.municipality}`],
    ['計画期間', plan.period ? `${plan.period.label}(${plan.period.start}〜${plan.period.end}年度)` : '本文に記載なし'],
    ['出典', plan.source],
  ];
  return `<dl class="sp-facts">${rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
}

/** A passage of prose around the 体系 (趣旨, 推進体制 …): a heading only when it has one. */
function sectionHtml(s: Section): string {
  const heading = s.heading.trim() ? `<h2>${esc(s.heading)}</h2>` : '';
  const text = s.text.trim() ? `<p>${esc(s.text)}</p>` : '';
  return heading || text ? `<section class="sp-section">${heading}${text}</section>` : '';
}

const countNodes = (n: PlanNode): number => 1 + n.children.reduce((sum, c) => sum + countNodes(c), 0);

/** 3つ, but 12 (「12つ」 is not Japanese): the native counter goes up to 9. */
const countWord = (n: number) => (n < 10 ? `${n}つ` : String(n));

/**
 * The plan at a glance, first under its heading: its vision, its top-level items by name and
 * how many items they hold. What a reader (or a search engine) takes in before the details; on
 * a phone it is the first screen's main text, whatever the plan's own passages are.
 */
export function planSummary(plan: Plan): string {
  const top = plan.root.children;
  const levels = new Set(top.map((c) => c.level).filter(Boolean));
  const level = levels.size === 1 ? [...levels][0] : '柱';
  const below = top.reduce((sum, c) => sum + countNodes(c) - 1, 0);
  const vision = plan.vision ? `基本理念「${plan.vision}」のもと、` : '';
  const parts = top.length
    ? `${level}${top.map((c) => `「${c.title}」`).join('')}の${countWord(top.length)}${below ? `と、その下の${below}の項目` : ''}からなります。`
    : 'まだ項目がありません。';
  return `${plan.council}の${plan.title}は、${vision}${parts}`;
}

/** The whole plan as text: what a reader without scripts, a search engine or a printer gets. */
export function planBody(plan: Plan): string {
  const root = plan.root;
  const sections = (plan.sections ?? []).map(sectionHtml).join('');
  const actors = plan.actors?.length
    ? `<section class="sp-section"><h2>それぞれの役割</h2><dl class="sp-actors">${plan.actors.map((a) => `<div><dt>${esc(a.name)}</dt><dd>${esc(a.role)}</dd></div>`).join('')}</dl></section>`
    : '';
  // The app's own bar (same classes): it stays put when the app takes the page over.
  return `<header class="app-bar"><a class="brand" href="./">${SITE_NAME}</a><nav class="app-nav" aria-label="メニュー"><a href="./">計画の一覧</a><a href="./#/compare">くらべる</a></nav></header>
<main class="sp-main">
<article class="sp-plan" lang="ja">
<header class="sp-head">
<h1><span class="sp-council">${esc(plan.council)}${plan.prefecture ? `(${esc(plan.prefecture)})` : ''}</span>${phrasesHtml(plan.title)}</h1>
<p class="sp-meta"><span class="sp-vision"><span class="sp-label">${esc(root.level || '基本理念')}</span>${esc(root.title)}</span><span class="sp-period">計画期間: ${esc(plan.period?.label ?? '本文に記載なし')}</span></p>
</header>
<p class="sp-summary">${esc(planSummary(plan))}</p>
${root.description ? `<p class="sp-lead">${esc(root.description)}</p>` : ''}
${factsHtml(plan)}
<section class="sp-system" aria-labelledby="sp-system-h"><h2 id="sp-system-h">計画の体系</h2>${childrenHtml(root.children, 1)}</section>
${actors}${sections}
</article>
</main>`;
}

/** The app's module, as Vite writes it into index.html. */
const APP_MODULE = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
/**
 * What else the head asks for that the words do not need: the app's modules, the web app
 * manifest (and its icons). Not the icon: without one in the HTML the browser asks the host for
 * /favicon.ico (a 404, and an error offline).
 */
const NOT_FOR_THE_WORDS = /\s*<link rel="(?:modulepreload|manifest)"[^>]*>/g;
const BOOT = /<script src="(\.\/assets\/boot-[\w-]+\.js)"([^>]*)><\/script>/;
/** The id of the <template> the boot script adds to the head after the first paint (src/boot.ts). */
export const AFTER_PAINT_ID = 'after-paint';

/**
 * The page's first paint needs its HTML and its stylesheet, nothing more. The app's module
 * leaves the HTML, and the head's other requests (but the icon) wait in an inert <template>: the boot script
 * (async) starts them once the words are on screen (src/boot.ts). On a slow line they would
 * otherwise share it with the stylesheet, and the browser would run the app before it paints
 * the words. Without a boot script (a build without the plugin) the page keeps its tags.
 */
function appAfterPaint(html: string): string {
  const boot = BOOT.exec(html);
  const entry = APP_MODULE.exec(html);
  if (!boot || !entry) return html;
  const later = [...html.matchAll(NOT_FOR_THE_WORDS)].map((m) => m[0].trim());
  return html
    .replace(APP_MODULE, '')
    .replace(NOT_FOR_THE_WORDS, '')
    .replace(
      BOOT,
      () =>
        `<script async src="${boot[1]}" data-app="${esc(entry[1])}"${boot[2]}></script>\n    <template id="${AFTER_PAINT_ID}">${later.join('')}</template>`,
    );
}

/**
 * The page: the app's index.html with a <base> at the site's root (the app's relative files and
 * data resolve as from index.html, whatever sub-path the site lives under), the plan's head tags
 * and its text before the (empty) app element.
 */
export function planPage(template: string, plan: Plan, opts: PageOptions = {}): string {
  const head = `<base href="${PAGE_BASE}">`;
  const out = appAfterPaint(template)
    .replace('<html lang="ja">', `<html lang="ja" data-plan-page="${esc(plan.id)}">`)
    .replace(/(<meta charset="UTF-8" \/?>)/i, `$1\n    ${head}`)
    .replace(
      /<meta name="description" content="[^"]*" \/?>/,
      `<meta name="description" content="${esc(pageDescription(plan))}">\n    ${shareTags(plan, opts)}`,
    )
    .replace(/<title>[^<]*<\/title>/, () => `<title>${esc(pageTitle(plan))}</title>`)
    .replace('<div id="app"></div>', () => `<div id="static-plan">${planBody(plan)}</div>\n    <div id="app"></div>`);
  if (!out.includes('data-plan-page') || !out.includes('<base ') || !out.includes('id="static-plan"')) {
    throw new Error(
      'planHtml: index.html is not the shape the plan pages expect (<html lang="ja">, <meta charset>, <div id="app">)',
    );
  }
  return out;
}

/** sitemap.xml: the site's front page and every plan's page. */
export function sitemap(siteUrl: string, ids: string[]): string {
  const urls = [siteUrl, ...ids.map((id) => siteUrl + planPagePath(id))];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${esc(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

/** SITE_URL as the pages use it: an http(s) address ending in '/', or undefined (none or unusable). */
export function siteUrlOf(raw: string | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL「${raw}」はアドレスとして読めません。https://… の形で指定してください。`);
  }
  if (!/^https?:$/.test(u.protocol)) throw new Error(`SITE_URL「${raw}」は http:// か https:// で始めてください。`);
  u.hash = '';
  u.search = '';
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}
