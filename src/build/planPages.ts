/**
 * A Vite plugin (build only): one page per published plan, plan/<id>/index.html (src/build/planHtml.ts),
 * and, when the site's address is given (SITE_URL=https://… npm run build), each plan's share card
 * (plan/<id>/card.png, when Chromium is there to draw it) and sitemap.xml.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import type { Plan } from '../lib/plan/schema';
import { cardPath, planPage, planPagePath, siteUrlOf, sitemap } from './planHtml';
import { shareCardHtml } from './shareCard';
import { canDrawCards, renderCards } from './renderCards';
import { indexHtmlPlugin, publishedIds } from './indexHtmlPlugin';

export interface PlanFilesOptions {
  siteUrl?: string;
  /** Draw share cards (needs siteUrl and Chromium). */
  cards?: boolean;
  log?: (message: string) => void;
}

/** Every file the plans' pages need, by path from the site's root: the pages, cards and sitemap. */
export async function planFiles(
  template: string,
  plans: Plan[],
  opts: PlanFilesOptions = {},
): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  const { siteUrl } = opts;
  let cards = new Map<string, Uint8Array>();
  if (siteUrl && opts.cards !== false) {
    if (canDrawCards()) cards = await renderCards(plans.map((p) => ({ id: p.id, html: shareCardHtml(p) })));
    else opts.log?.('Chromium がないため、共有カードの画像は作りません(タグは文字だけで書きます)。');
  }
  for (const plan of plans) {
    const card = cards.get(plan.id);
    files.set(`${planPagePath(plan.id)}index.html`, planPage(template, plan, { siteUrl, card: !!card }));
    if (card) files.set(cardPath(plan.id), card);
  }
  if (siteUrl)
    files.set(
      'sitemap.xml',
      sitemap(
        siteUrl,
        plans.map((p) => p.id),
      ),
    );
  return files;
}

/** Writes the plans' pages into a built site (dir holds its index.html): the national corpus's copy. */
export async function writePlanPages(dir: string, plans: Plan[], opts: PlanFilesOptions = {}): Promise<number> {
  const files = await planFiles(readFileSync(join(dir, 'index.html'), 'utf8'), plans, opts);
  for (const [path, source] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return files.size;
}

/** The published plans (static/plans/index.json, samples too), read from the folder. */
export function publishedPlans(plansDir: string): Plan[] {
  return publishedIds(plansDir).map((id) => JSON.parse(readFileSync(join(plansDir, `${id}.json`), 'utf8')) as Plan);
}

export function planPages(): Plugin {
  // After index.html has its boot script and the service worker its shell.
  return indexHtmlPlugin('plan-pages', async function (_bundle, html, { publicDir }) {
    if (!publicDir) return;
    const siteUrl = siteUrlOf(process.env.SITE_URL);
    const files = await planFiles(String(html.source), publishedPlans(join(publicDir, 'plans')), {
      siteUrl,
      log: (m) => this.warn(m),
    });
    for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
  });
}
