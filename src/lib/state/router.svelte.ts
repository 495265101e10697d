import { createContext } from 'svelte';
import { formatRoute, parseRoute, type Route, type View } from './parseRoute';

/**
 * The URL hash is the app's state: this class mirrors it as a reactive route and writes it
 * back. Every focus or view change is a history entry, so Back and Forward retrace a visit.
 */
export class Router {
  route = $state<Route>({ name: 'gallery' });
  /** The diagram last chosen on a plan page: search results open in it. */
  lastView = $state<View | null>(null);

  constructor(private readonly win: Window = window) {
    this.sync();
    win.addEventListener('hashchange', this.sync);
  }

  private sync = () => {
    this.route = parseRoute(this.win.location.hash);
    if (this.route.name === 'plan' && this.route.view) this.lastView = this.route.view;
  };

  go(route: Route, { replace = false } = {}): void {
    const hash = formatRoute(route);
    if (hash === this.win.location.hash) return;
    if (replace) {
      this.win.history.replaceState(this.win.history.state, '', hash);
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
