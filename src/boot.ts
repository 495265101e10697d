/**
 * The boot script: a small classic script that index.html runs before the app (built by
 * src/build/bootScript.ts; nothing inline, so the site keeps `default-src 'self'`). It reads
 * the link's route and at once asks for what the first view needs, beside the app's own code:
 * the page's code and styles, and the plans. The app's later import() and fetch() reuse these
 * requests (same URL, mode and credentials), so a shared link no longer waits for the app,
 * then the page, then the plan, one after the other. On a plan's own page, whose words are in
 * the HTML, all of it waits until they are on screen.
 */
import { pagePlanId, pageRoute } from './lib/state/pageRoute';
import { localPlanIds } from './lib/data/localPlanIds';
import { routeNeeds } from './pages/routeNeeds';
import type { BootTable } from './build/bootTable';
import { afterPaint } from './lib/components/afterPaint';
import { AFTER_PAINT_ID } from './build/planHtml';
import { yieldToMain } from './lib/startUp/yieldToMain';

function preload(rel: 'modulepreload' | 'preload', href: string, as?: 'style' | 'fetch'): void {
  const link = document.createElement('link');
  link.rel = rel;
  if (as) link.as = as;
  // As the app asks: modules and styles as Vite's loader does, fetch() with its defaults.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** What the link's first view needs: its page's code and styles, and its plans. */
function preloadRoute(table: Partial<BootTable>): void {
  // On a plan's own page (plan/<id>/) the short hash names the page's plan.
  const needs = routeNeeds(pageRoute(location.hash, pagePlanId()));
  const files = needs.page ? (table.pages?.[needs.page] ?? []) : [];
  for (const file of files) if (!file.endsWith('.css')) preload('modulepreload', file);
  // Only plans the site publishes and this browser has not replaced: the app never fetches the others.
  const local = needs.plans.length ? localPlanIds() : new Set<string>();
  for (const id of needs.plans)
    if (table.plans?.includes(id) && !local.has(id)) preload('preload', `plans/${id}.json`, 'fetch');
  if (needs.index) preload('preload', 'plans/index.json', 'fetch');
  for (const file of files) if (file.endsWith('.css')) preload('preload', file, 'style');
}

/**
 * A plan's own page (src/build/planHtml.ts): the app's module, and the head's links that wait
 * in the page's <template> (the app's preloads, the manifest).
 */
function startApp(entry: string): void {
  const later = document.getElementById(AFTER_PAINT_ID);
  if (later instanceof HTMLTemplateElement) document.head.append(later.content.cloneNode(true));
  const app = document.createElement('script');
  app.type = 'module';
  app.crossOrigin = 'anonymous';
  app.src = entry;
  document.head.append(app);
}

const script = document.currentScript as HTMLScriptElement | null;
const table = JSON.parse(script?.dataset.routes ?? '{}') as Partial<BootTable>;
const entry = script?.dataset.app;
// A plan's own page: its words paint first, with only the page and its stylesheet loaded; then the app.
// Each in a task of its own: the first read of localStorage (which plans this browser replaced) can take a while.
if (entry)
  void afterPaint()
    .then(() => startApp(entry))
    .then(() => yieldToMain())
    .then(() => preloadRoute(table));
else preloadRoute(table);

/**
 * Where this script runs but the app's module cannot load (an iframe sandboxed with
 * allow-scripts only, on a host that sends no Access-Control-Allow-Origin: the module is then
 * a refused CORS request), the page would stay blank: show index.html's <noscript> text
 * instead. Our own static markup, parsed inert (DOMParser runs no scripts).
 */
addEventListener(
  'error',
  (e) => {
    const failed = e.target instanceof HTMLScriptElement && e.target.type === 'module';
    const text = document.querySelector('noscript')?.textContent;
    if (!failed || !text || document.querySelector('.no-app')) return;
    document.body.append(...new DOMParser().parseFromString(text, 'text/html').body.childNodes);
  },
  true,
);
