/**
 * The site offline: registers the service worker (sw.js), says when the browser is offline,
 * which plans this browser keeps, and offers a new version when one has arrived.
 *
 * Every Cache and service worker call is guarded: a page in a third-party frame, a private
 * window or a file:// copy may have neither, and the site then simply works online as before.
 */
import type { Plan } from '../plan/schema';
import { localPlanIds } from '../data/localPlanIds';
import { cacheNames, pageScope } from './cacheNames';
import { isKeepable } from './keepable';
import { keepFiles } from './keepFiles';
import { planIdOf } from './routeOf';
import { acceptUpdate, type TakeOverPage } from './takeOver';

const WORKER = './sw.js';

/** Can this page keep files? Reading `caches` itself throws in a sandboxed frame (an opaque origin). */
function canKeep(): boolean {
  try {
    return typeof caches !== 'undefined' && 'serviceWorker' in navigator && location.protocol !== 'file:';
  } catch {
    return false;
  }
}

/** The browser's page, for the hand-over to a new version. */
function takeOverPage(scope: string): TakeOverPage {
  return {
    container: navigator.serviceWorker,
    reload: () => location.reload(),
    nudge: () => {
      const frame = document.createElement('iframe');
      frame.hidden = true;
      frame.title = '新しい版への切り替え';
      frame.src = new URL('favicon.svg?switch', scope).href;
      document.body.append(frame);
    },
  };
}

export class OfflineState {
  online = $state(true);
  /** The plans whose data this browser keeps (shown without a network). */
  kept = $state<ReadonlySet<string>>(new Set());
  /** A new version is installed and waits for the reader's go-ahead. */
  updateReady = $state(false);
  /** The reader accepted it: the page reloads into it in a moment. */
  switching = $state(false);
  /** Can this page keep files at all (Cache API and a service worker)? */
  readonly available: boolean;
  private waiting: ServiceWorker | null = null;
  // The document's base: a plan's own page (plan/<id>/) has the site's root as its <base>.
  private readonly scope = pageScope(document.baseURI);

  constructor() {
    this.online = navigator.onLine;
    this.available = canKeep();
    addEventListener('online', () => this.setOnline(true));
    addEventListener('offline', () => this.setOnline(false));
  }

  private setOnline(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    void this.refresh();
  }

  /** Registers the worker; an embedded page does not (the host's page is not ours to keep). */
  async start(): Promise<void> {
    if (!this.available) return;
    await this.refresh();
    try {
      // The worker says whether the network answered its last request for data.
      navigator.serviceWorker.addEventListener(
        'message',
        (e: MessageEvent<{ type?: string; online?: boolean } | null>) => {
          if (e.data?.type === 'network' && typeof e.data.online === 'boolean') this.setOnline(e.data.online);
        },
      );
      // Messages sent while the page was loading wait in a queue until this.
      navigator.serviceWorker.startMessages();
      navigator.serviceWorker.controller?.postMessage({ type: 'network?' });
      const reg = await navigator.serviceWorker.register(WORKER);
      this.watch(reg);
    } catch {
      // No worker (blocked by the browser's settings): the site works online as before.
    }
  }

  private watch(reg: ServiceWorkerRegistration): void {
    // A worker waiting while an older one controls this page is a new version (not the first install).
    const offer = (w: ServiceWorker | null) => {
      if (!w || !navigator.serviceWorker.controller) return;
      this.waiting = w;
      this.updateReady = true;
    };
    offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => w.state === 'installed' && offer(w));
    });
  }

  /** The reader accepted the new version: it takes over, and this page reloads into it. */
  applyUpdate(): void {
    const w = this.waiting;
    if (!w) return location.reload();
    this.updateReady = false;
    this.switching = true;
    acceptUpdate(w, takeOverPage(this.scope));
  }

  /** Reads which plans are kept. */
  async refresh(): Promise<void> {
    if (!this.available) return;
    try {
      const cache = await caches.open(cacheNames(this.scope).data);
      const ids = (await cache.keys()).map((r) => planIdOf(r.url, this.scope)).filter((id): id is string => !!id);
      this.kept = new Set(ids);
    } catch {
      this.kept = new Set();
    }
  }

  /**
   * A published plan the reader has opened is kept, as shown (no second request for it); its
   * progress sheet, the list of plans and the reading table too, once, when not kept yet. Plans
   * imported in this browser are in its storage already.
   */
  async remember(plan: Plan): Promise<void> {
    if (!this.available || localPlanIds().has(plan.id)) return;
    try {
      const cache = await caches.open(cacheNames(this.scope).data);
      const [own, ...others] = keepFiles(plan).map((f) => new URL(f, this.scope).href);
      await cache.put(own, new Response(JSON.stringify(plan), { headers: { 'Content-Type': 'application/json' } }));
      // Offline a request would only fail (and say so in the console): the rest waits for the next visit.
      if (navigator.onLine)
        for (const url of others) if (!(await cache.match(url))) await keepOne(cache, url).catch(() => {});
    } catch {
      // Storage refused (full, or a private window): the plan is simply not kept.
    }
    await this.refresh();
  }

  /**
   * Keeps files of the site (relative to index.html) for offline use, asking the network for
   * each. Resolves to the files that could not be kept (none: all kept).
   */
  async keep(files: string[]): Promise<string[]> {
    if (!this.available) return files;
    const failed: string[] = [];
    try {
      const cache = await caches.open(cacheNames(this.scope).data);
      await Promise.all(files.map((f) => keepOne(cache, new URL(f, this.scope).href).catch(() => failed.push(f))));
    } catch {
      return files;
    }
    await this.refresh();
    return failed;
  }
}

/** Fetches a file and keeps it; throws when it is not there (an error, or a host's HTML page in its place). */
async function keepOne(cache: Cache, url: string): Promise<void> {
  const res = await fetch(url);
  if (!(await isKeepable(res))) throw new Error(`not kept: ${url} (${res.status})`);
  await cache.put(url, res);
}

let state: OfflineState | null = null;

/** The one offline state of the page (created on first use). */
export function offlineState(): OfflineState {
  state ??= new OfflineState();
  return state;
}
