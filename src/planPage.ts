/**
 * A plan's own page (plan/<id>/, src/build/planHtml.ts) once the app runs in it. The page's
 * text stays on screen while the app builds its view of the same plan out of sight below it
 * (piece by piece, in short tasks); then, in one frame, the text gives way: no blank page, no
 * half-drawn app, nothing moves.
 */
import { pageHash, pageRoute } from './lib/state/pageRoute';

/**
 * The app has drawn its page (anything in its main but the loading line), all of it: a view
 * drawn piece by piece says so with `data-starting` until its last piece is in
 * (src/lib/startUp/startUp.svelte.ts). Until then the text stays; the reader sees no half-drawn app.
 */
const drawn = (app: Element) =>
  !!app.querySelector('main > :not(.loading)') && !app.querySelector('main [data-starting]');

export function takeOver(doc: Document, planId: string): void {
  const app = doc.getElementById('app');
  const text = doc.getElementById('static-plan');
  if (!app || !text) return;
  const done = () => {
    text.remove();
    doc.documentElement.dataset.taken = '';
  };
  if (drawn(app)) done();
  else {
    const watcher = new MutationObserver(() => drawn(app) && (watcher.disconnect(), done()));
    watcher.observe(app, { childList: true, subtree: true, attributeFilter: ['data-starting'] });
  }
  doc.addEventListener('click', (e) => keepOnPage(e, doc, planId));
}

/**
 * The page's <base> is the site's root (its files and data resolve as from index.html), so a
 * link `#/plan/<id>?node=…` would leave for index.html. Links to this plan's own views stay:
 * the hash changes and the app follows. Links to other pages go to the site's root as written.
 */
function keepOnPage(e: MouseEvent, doc: Document, planId: string): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const link = (e.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link || link.getAttribute('target')) return;
  const href = link.getAttribute('href')!;
  if (!href.startsWith('#/')) {
    // A fragment of this page (not a route): to its element, as without a <base>.
    e.preventDefault();
    doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
    return;
  }
  const route = pageRoute(href, planId);
  if (route.name !== 'plan' || route.planId !== planId) return;
  e.preventDefault();
  const hash = pageHash(route, planId);
  if (hash !== doc.location.hash) doc.location.hash = hash;
}
