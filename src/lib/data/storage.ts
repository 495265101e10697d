/**
 * The one way the app keeps anything in the browser: localStorage, sessionStorage and
 * IndexedDB, each behind an area that never throws. Browsers refuse storage in many places a
 * council's page ends up (a private window, "block site data", an iframe on another site, a
 * sandboxed iframe): merely reading `window.localStorage` throws there. Quotas fill up. In both
 * cases the value is kept in memory for this visit, so the page goes on as if it had been
 * saved, and the problem is reported (with what was not kept) for the pages where it matters.
 */
import { createStore, del, get, getMany, keys, update, type UseStore } from 'idb-keyval';

/** The labels things are stored under, as a person would call them (the notice names them). */
export const KEPT = {
  drafts: '下書き',
  plans: '保存した計画',
  progress: '評価シート',
  voices: '住民の意見',
} as const;

/** Why something will not be kept: storage refused outright, or it is full. */
export type StorageProblem = 'blocked' | 'full';

/** Told when a labelled value could not be kept (problem) or was kept after all (null). */
export type ProblemListener = (what: string, problem: StorageProblem | null) => void;

const listeners = new Set<ProblemListener>();

/** Listens for storage problems; returns the way to stop listening. */
export function onStorageProblem(listener: ProblemListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(what: string | undefined, problem: StorageProblem | null): void {
  if (what) for (const l of listeners) l(what, problem);
}

/** Is this the browser saying the quota is used up (names differ between browsers)? */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

const problemOf = (e: unknown): StorageProblem => (isQuotaError(e) ? 'full' : 'blocked');

type WebStorageName = 'localStorage' | 'sessionStorage';

/**
 * A key–value area over localStorage or sessionStorage. Values that could not be written stay
 * in memory and are read from there first (they are newer than what the browser holds).
 */
export class WebStorageArea {
  private readonly memory = new Map<string, string | null>();

  constructor(
    private readonly name: WebStorageName,
    /** How to reach the browser's storage (tests hand in their own). */
    private readonly reach: () => Storage | undefined = () =>
      (globalThis as Partial<Record<WebStorageName, Storage>>)[name],
  ) {}

  /** The browser's storage, or null where it refuses: even reading the property can throw. */
  private find(): Storage | null {
    try {
      const s = this.reach();
      // Some browsers hand out the object and refuse on first use: ask it something harmless.
      void s?.length;
      return s ?? null;
    } catch {
      return null;
    }
  }

  /** Does the browser keep what is written here beyond this page? */
  get available(): boolean {
    return this.find() !== null;
  }

  get(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key) ?? null;
    try {
      return this.find()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  /** Writes a value; `what` names it for the notice ('下書き'). Returns the problem, if any. */
  set(key: string, value: string, what?: string): StorageProblem | null {
    const storage = this.find();
    try {
      if (!storage) throw new DOMException(`${this.name} is not available`, 'SecurityError');
      storage.setItem(key, value);
      this.memory.delete(key);
      report(what, null);
      return null;
    } catch (e) {
      this.memory.set(key, value);
      const problem = problemOf(e);
      report(what, problem);
      return problem;
    }
  }

  remove(key: string, what?: string): void {
    this.memory.set(key, null);
    try {
      this.find()?.removeItem(key);
      this.memory.delete(key);
      report(what, null);
    } catch {
      // Gone for this visit (memory says so); nothing to keep, so nothing to report.
    }
  }
}

export const local = new WebStorageArea('localStorage');
export const session = new WebStorageArea('sessionStorage');

/** How long an operation waits for IndexedDB to open before it goes on in memory (the store is used once it opens). */
export const IDB_OPEN_TIMEOUT_MS = 3000;

const later = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));

export interface IdbOptions<T> {
  /** How to open the store (tests hand in a slow one). */
  makeStore?: (db: string, storeName: string) => UseStore;
  openTimeoutMs?: number;
  /**
   * A value held in memory while the store was slow to open, against what the store holds by
   * then (another tab may have written): what to keep. By default the held value.
   */
  settle?: (stored: T | undefined, held: T) => T;
}

/** What an update did: the value now held, the problem if any, and whether later updates are checked against it. */
export interface Updated<T> {
  value: T;
  problem: StorageProblem | null;
  /**
   * True when the value is where the next update compares (the store; in memory where there is
   * no store). False when the store is there and refused the write: the value is shown for
   * this visit, but the next update still compares against what is stored.
   */
  written: boolean;
}

/**
 * An IndexedDB object store (through idb-keyval) with the same promise: nothing thrown, values
 * that could not be written kept in memory for this visit, problems reported under `what`.
 * A store slow to open is not given up: operations go on in memory meanwhile, and once it
 * opens, what was held is written into it.
 */
export class IdbArea<T> {
  private readonly memory = new Map<string, T | undefined>();
  /** The open store; null where the browser refuses it; undefined while it is opening. */
  private store: UseStore | null | undefined = undefined;
  private opening: Promise<UseStore | null> | null = null;
  /** Operations stopped waiting for a slow open: they go on in memory until it opens. */
  private late = false;
  private readonly makeStore: (db: string, storeName: string) => UseStore;
  private readonly openTimeoutMs: number;
  private readonly settle: (stored: T | undefined, held: T) => T;

  constructor(
    private readonly db: string,
    private readonly storeName: string,
    private readonly what: string,
    options: IdbOptions<T> = {},
  ) {
    this.makeStore = options.makeStore ?? createStore;
    this.openTimeoutMs = options.openTimeoutMs ?? IDB_OPEN_TIMEOUT_MS;
    this.settle = options.settle ?? ((_stored, held) => held);
  }

  private connect(): Promise<UseStore | null> {
    this.opening ??= (async () => {
      try {
        const s = this.makeStore(this.db, this.storeName);
        await keys(s);
        this.store = s;
        if (this.late) await this.writeHeld(s);
      } catch {
        this.store = null;
        report(this.what, 'blocked');
      }
      return this.store;
    })();
    return this.opening;
  }

  /** The store, or null where the browser refuses IndexedDB or it has not opened in time. */
  private async open(): Promise<UseStore | null> {
    const opening = this.connect();
    if (this.store !== undefined) return this.store;
    if (this.late) return null;
    const s = await Promise.race([opening, later(this.openTimeoutMs)]);
    if (s === undefined && this.store === undefined) this.late = true;
    return s ?? null;
  }

  /** Writes what was held in memory while the store was opening (settled against what it holds by now). */
  private async writeHeld(s: UseStore): Promise<void> {
    let failed: StorageProblem | null = null;
    for (const [key, held] of [...this.memory]) {
      try {
        if (held === undefined) await del(key, s);
        else await update<T>(key, (stored) => this.settle(stored, held), s);
        // Written as held: unless a newer value came in meanwhile, memory no longer needs it.
        if (this.memory.get(key) === held) this.memory.delete(key);
      } catch (e) {
        failed = problemOf(e);
      }
    }
    report(this.what, failed);
  }

  /** Waits for the store to open however long it takes: true once open, false where the browser refuses it. */
  async ready(): Promise<boolean> {
    return (await this.connect()) !== null;
  }

  async get(key: string): Promise<T | undefined> {
    if (this.memory.has(key)) return this.memory.get(key);
    const s = await this.open();
    return s ? get<T>(key, s).catch(() => undefined) : undefined;
  }

  async keys(): Promise<string[]> {
    const s = await this.open();
    const stored = s ? await keys<string>(s).catch(() => [] as string[]) : [];
    const all = new Set([...stored, ...this.memory.keys()]);
    return [...all].filter((k) => !this.memory.has(k) || this.memory.get(k) !== undefined);
  }

  async getMany(ks: string[]): Promise<(T | undefined)[]> {
    const s = await this.open();
    const stored = s ? await getMany<T>(ks, s).catch(() => ks.map(() => undefined)) : ks.map(() => undefined);
    return ks.map((k, i) => (this.memory.has(k) ? this.memory.get(k) : stored[i]));
  }

  /**
   * Replaces a value by what `next` makes of the one it holds, in one transaction (so two tabs
   * cannot interleave between the read and the write). `next` sees what is stored, even when an
   * earlier write of this tab failed and its value is still shown from memory; only without a
   * store does it see memory.
   */
  async update(key: string, next: (old: T | undefined) => T): Promise<Updated<T>> {
    const s = await this.open();
    const fromMemory = () => next(this.memory.has(key) ? this.memory.get(key) : undefined);
    if (!s) return { ...this.keep(key, fromMemory(), 'blocked'), written: true };
    // What `next` made inside the transaction (none when it failed before reading).
    const made: T[] = [];
    try {
      await update<T>(key, (old) => (made[0] = next(old)), s);
      this.memory.delete(key);
      report(this.what, null);
      return { value: made[0], problem: null, written: true };
    } catch (e) {
      return { ...this.keep(key, made.length ? made[0] : fromMemory(), problemOf(e)), written: false };
    }
  }

  async set(key: string, value: T): Promise<StorageProblem | null> {
    return (await this.update(key, () => value)).problem;
  }

  async del(key: string): Promise<void> {
    this.memory.set(key, undefined);
    const s = await this.open();
    if (s)
      await del(key, s).then(
        () => this.memory.delete(key),
        () => {},
      );
  }

  private keep(key: string, value: T, problem: StorageProblem): { value: T; problem: StorageProblem } {
    this.memory.set(key, value);
    report(this.what, problem);
    return { value, problem };
  }
}
