/**
 * The service worker (built by src/build/serviceWorker.ts as one classic script, sw.js, beside
 * index.html, so its scope is the folder the site is served from, whatever that is).
 *
 * - The app shell (index.html and the build's files) is kept when the worker installs, one cache
 *   per version. A new version waits until the reader accepts it (the page offers
 *   「新しい版があります — 再読み込み」): a page never runs one version's index.html with another's code.
 * - Data (plans, progress sheets, the reading table, search files) is asked from the network
 *   first (a plan the council updates shows updated) and kept once seen; the page also keeps
 *   what it showed before the worker was there, and all a plan needs on request
 *   (「オフラインでも使えるようにする」).
 */
import { cacheNames } from '../lib/offline/cacheNames';
import { isKeepable } from '../lib/offline/keepable';
import { planPageIdOf, routeOf } from '../lib/offline/routeOf';

// The worker's own types, the few used here (the project's TypeScript library is the DOM's).
interface ExtendableEvt extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvt extends ExtendableEvt {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
declare const self: {
  registration: ServiceWorkerRegistration;
  clients: { claim(): Promise<void>; matchAll(): Promise<{ postMessage(m: unknown): void }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', f: (e: ExtendableEvt) => void): void;
  addEventListener(type: 'fetch', f: (e: FetchEvt) => void): void;
  addEventListener(type: 'message', f: (e: MessageEvent) => void): void;
};
/** Written by the build: its version (a hash of the shell) and the files of the shell. */
declare const __SHELL__: { version: string; files: string[] };

const INDEX = 'index.html';
/** On a weak line, how long a data request waits for the network before a kept copy answers. */
const NETWORK_WAIT_MS = 4000;
const scope = self.registration.scope;
const names = cacheNames(scope, __SHELL__.version);

self.addEventListener('install', (event) => {
  // `reload`: past the HTTP cache, so the shell is this version's files, not a stale index.html.
  const requests = __SHELL__.files.map((f) => new Request(new URL(f, scope), { cache: 'reload' }));
  event.waitUntil(caches.open(names.shell).then((c) => c.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOldShells().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  // Held open until the switch is made: a waiting worker stopped while its skipWaiting() was
  // pending never switched, nor on a second click (1 accepted update in ~15 did nothing).
  if (type === 'skipWaiting') (event as MessageEvent & ExtendableEvt).waitUntil(self.skipWaiting());
  if (type === 'network?' && networkUp !== null)
    (event.source as MessageEventSource | null)?.postMessage({ type: 'network', online: networkUp });
});

/**
 * Keeps this version's shell and the one before it: a tab still open on the older version (its
 * worker has been replaced) can still load the code it asks for later.
 */
async function dropOldShells(): Promise<void> {
  const older = (await caches.keys()).filter((k) => k.startsWith(names.shellPrefix) && k !== names.shell);
  await Promise.all(older.slice(0, -1).map((k) => caches.delete(k)));
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const kind = routeOf(req.url, scope, req.mode === 'navigate');
  if (kind === 'page') event.respondWith(page(req));
  else if (kind === 'planPage') event.respondWith(planPage(req));
  else if (kind === 'asset') event.respondWith(asset(req));
  else if (kind === 'shell') event.respondWith(shell(req));
  else if (kind === 'library') event.respondWith(library(req));
  else if (kind === 'data') event.respondWith(data(req));
});

/** The app page of this version, whatever the query; the network only if it is not kept (yet). */
async function page(req: Request): Promise<Response> {
  const kept = await (await caches.open(names.shell)).match(new URL(INDEX, scope).href);
  return kept ?? fetch(req);
}

/**
 * A plan's own page (plan/<id>/): kept like data (the network first, then the copy kept when it
 * was seen or kept for offline use). Never seen and no network: the app page with the plan's
 * route, which shows the plan if it is kept and says so if not (a fragment in a redirect is kept).
 */
async function planPage(req: Request): Promise<Response> {
  try {
    // The page is HTML itself: any good answer is kept (data() keeps no HTML for a data file).
    return await data(req, async (res) => res.ok);
  } catch {
    return Response.redirect(new URL(`./#/plan/${planPageIdOf(req.url, scope)}`, scope).href, 302);
  }
}

/** From the network, kept in this version's shell cache once seen. */
async function fetchAndKeep(req: Request): Promise<Response> {
  const res = await fetch(req);
  if (res.ok) await (await caches.open(names.shell)).put(req, res.clone());
  return res;
}

/** A file under assets/ never changes under one name: a kept copy of any version answers. */
async function asset(req: Request): Promise<Response> {
  return (await caches.match(req, { ignoreSearch: true })) ?? fetchAndKeep(req);
}

/**
 * A shell file beside index.html (one-file.html, the manifest, the icons) keeps its name across
 * versions: only this version's copy answers. (The global caches.match looks in the oldest cache
 * first: after an update, 「1 つのファイルで保存」 filled the older template with the new app's data.)
 */
async function shell(req: Request): Promise<Response> {
  return (await (await caches.open(names.shell)).match(req, { ignoreSearch: true })) ?? fetchAndKeep(req);
}

/**
 * pdf.js's CMaps and fonts: this version's copy, else the network (kept once seen); offline, a
 * copy an older version kept (the same Adobe CMaps and fonts) rather than a failed import.
 */
async function library(req: Request): Promise<Response> {
  try {
    return await shell(req);
  } catch (e) {
    const older = await caches.match(req, { ignoreSearch: true });
    if (older) return older;
    throw e;
  }
}

/**
 * The network first; when it fails (offline, or a line that stays silent for a while), the copy
 * kept last time. What passes is kept: a plan, its progress sheet, the reading table and the
 * search files, once seen; never an HTML page a host answers a missing file with.
 */
async function data(req: Request, keepable: (res: Response) => Promise<boolean> = isKeepable): Promise<Response> {
  const cache = await caches.open(names.data);
  const fromNetwork = fetch(req).then(async (res) => {
    if (await keepable(res)) await cache.put(req, res.clone());
    return res;
  });
  // The page learns from here whether the network answers: a browser may say "online" on a Wi-Fi with no line behind it.
  void fromNetwork.then(
    () => noteNetwork(true),
    () => noteNetwork(false),
  );
  const silent = new Promise<null>((resolve) => setTimeout(() => resolve(null), NETWORK_WAIT_MS));
  const first = await Promise.race([fromNetwork.catch(() => null), silent]);
  if (first) return first;
  // Nothing yet: the kept copy now; without one, whatever the network says in the end.
  return (await cache.match(req, { ignoreSearch: true })) ?? fromNetwork;
}

/** Did the network answer the last request for data (null: not known yet)? */
let networkUp: boolean | null = null;

/**
 * Tells the pages whether the network answers (src/lib/offline/offline.svelte.ts): a browser
 * may say "online" on a Wi-Fi with no line behind it. A page that loads later asks.
 */
async function noteNetwork(up: boolean): Promise<void> {
  if (networkUp === up) return;
  networkUp = up;
  for (const client of await self.clients.matchAll()) client.postMessage({ type: 'network', online: up });
}
