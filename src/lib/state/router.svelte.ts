import { createContext } from 'svelte';
import type { Route, View } from './parseRoute';
import { pageHash, pagePlanId, pageRoute } from './pageRoute';

/**
 * The URL hash is the app's state: this class mirrors it as a reactive route and writes it
 * back. Every focus or view change is a history entry, so Back and Forward retrace a visit.
 */
export class Router {
  route = $state<Route>({ name: 'gallery' });
  /** The diagram last chosen on a plan page: search results open in it. */
  lastView = $state<View | null>(null);

  /** On a plan's own page (plan/<id>/), its plan: its state is written in the short hash. */
  private readonly pagePlan: string | null;

  constructor(private readonly win: Window = window) {
    this.pagePlan = pagePlanId(win.document);
    this.sync();
    win.addEventListener('hashchange', this.sync);
  }

  private sync = () => {
    this.route = pageRoute(this.win.location.hash, this.pagePlan);
    if (this.route.name === 'plan' && this.route.view) this.lastView = this.route.view;
  };

  go(route: Route, { replace = false } = {}): void {
    const hash = pageHash(route, this.pagePlan);
    if (hash === this.win.location.hash) return;
    if (replace) {
      // The page's own address, not the hash alone: a plan page's <base> would resolve it to the site's root.
      const { pathname, search } = this.win.location;
      this.win.history.replaceState(this.win.history.state, '', `${pathname}${search}${hash}`);
      this.sync();
    } else {
      this.win.location.hash = hash;
      // Update now rather than on hashchange, so a key pressed right after (a clicker) sees it.
      this.sync();
    }
  }

  destroy(): void {
    this.win.removeEventListener('hashchange', this.sync);
  }
}

/** The app's one router, for every page and component below the app. */
export const [getRouter, setRouter] = createContext<Router>();
