/**
 * Hands the page over to a new version of the site once the reader accepts it
 * (「新しい版があります — 再読み込み」).
 *
 * The waiting worker is asked to skip waiting; the page reloads as soon as the new worker
 * controls it (`controllerchange`) or is active (the reload is then served by it).
 *
 * Chromium does not always make the switch at once: now and then the worker in use is only
 * let go when it has been idle for 30 s (measured with no DevTools attached to the worker:
 * 2 accepted updates in 55 took 31 s). Asking the new worker again changes nothing (Chromium
 * acts on the first request only), nor do `registration.update()` or registering again; a
 * navigation in the worker's scope sets the switch going again. So when the switch has not
 * begun after {@link TAKE_OVER_WAIT_MS}, the page opens a small file of the site in a hidden
 * frame ({@link TakeOverPage.nudge}); the page itself reloads only when the new worker is there.
 */

/** How long an accepted update waits for the new worker before it nudges the browser. */
export const TAKE_OVER_WAIT_MS = 1000;

/** The few parts of a service worker the hand-over uses. */
export interface WorkerLike extends EventTarget {
  readonly state: ServiceWorkerState;
  postMessage(message: unknown): void;
}

/** What the hand-over needs of the page (the browser's, or a test's). */
export interface TakeOverPage {
  /** navigator.serviceWorker: `controllerchange`. */
  container: EventTarget;
  reload(): void;
  /** Navigates a hidden frame in the worker's scope (a navigation makes Chromium look again). */
  nudge(): void;
}

/** The reader accepted the new version waiting in `waiting`: it takes over, and the page reloads into it. */
export function acceptUpdate(waiting: WorkerLike, page: TakeOverPage): void {
  // Another tab accepted it first (or a newer version replaced it): it already serves the site.
  if (waiting.state === 'activated' || waiting.state === 'redundant') return page.reload();
  let reloaded = false;
  const reload = () => {
    if (reloaded) return;
    reloaded = true;
    page.reload();
  };
  page.container.addEventListener('controllerchange', reload, { once: true });
  waiting.addEventListener('statechange', () => waiting.state === 'activated' && reload());
  waiting.postMessage({ type: 'skipWaiting' });
  setTimeout(() => {
    if (!reloaded && waiting.state === 'installed') page.nudge();
  }, TAKE_OVER_WAIT_MS);
}
