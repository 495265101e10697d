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

  /** `host`: the browser window whose address the router reads and writes. */
  constructor(private readonly host: Window = window) {
    this.pagePlan = pagePlanId(host.document);
    this.sync();
    host.addEventListener('hashchange', this.sync);
  }

  private sync = () => {
    this.route = pageRoute(this.host.location.hash, this.pagePlan);
    if (this.route.name === 'plan' && this.route.view) this.lastView = this.route.view;
  };

  go(route: Route, { replace = false } = {}): void {
    const hash = pageHash(route, this.pagePlan);
    if (hash === this.host.location.hash) return;
    if (replace) {
      // The page's own address, not the hash alone: a plan page's <base> would resolve it to the site's root.
      const { pathname, search } = this.host.location;
      this.host.history.replaceState(this.host.history.state, '', `${pathname}${search}${hash}`);
      this.sync();
    } else {
      this.host.location.hash = hash;
      // Update now rather than on hashchange, so a key pressed right after (a clicker) sees it.
      this.sync();
    }
  }

  destroy(): void {
    this.host.removeEventListener('hashchange', this.sync);
  }
}

/** The app's one router, for every page and component below the app. */
export const [getRouter, setRouter] = createContext<Router>();
