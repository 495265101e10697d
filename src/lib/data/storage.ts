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
    private readonly reach: () => Storage | undefined = () => (globalThis as Partial<Record<WebStorageName, Storage>>)[name],
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

/** How long IndexedDB may take to open before the page works in memory instead. */
export const IDB_OPEN_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('IndexedDB did not open', 'TimeoutError')), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * An IndexedDB object store (through idb-keyval) with the same promise: nothing thrown, values
 * that could not be written kept in memory for this visit, problems reported under `what`.
 */
export class IdbArea<T> {
  private readonly memory = new Map<string, T | undefined>();
  private store: Promise<UseStore | null> | null = null;

  constructor(private readonly db: string, private readonly storeName: string, private readonly what: string) {}

  /** The store, or null where the browser refuses IndexedDB (or never answers). */
  private open(): Promise<UseStore | null> {
    this.store ??= (async () => {
      try {
        const s = createStore(this.db, this.storeName);
        await withTimeout(keys(s), IDB_OPEN_TIMEOUT_MS);
        return s;
      } catch {
        report(this.what, 'blocked');
        return null;
      }
    })();
    return this.store;
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
   * Replaces a value by what `next` makes of the stored one, in one transaction (so two tabs
   * cannot interleave between the read and the write). Returns the value now held and the
   * problem, if it is only held in memory.
   */
  async update(key: string, next: (old: T | undefined) => T): Promise<{ value: T; problem: StorageProblem | null }> {
    const s = await this.open();
    let value = next(this.memory.has(key) ? this.memory.get(key) : undefined);
    if (!s) return this.keep(key, value, 'blocked');
    try {
      await update<T>(key, (old) => (value = next(this.memory.has(key) ? this.memory.get(key) : old)), s);
      this.memory.delete(key);
      report(this.what, null);
      return { value, problem: null };
    } catch (e) {
      return this.keep(key, value, problemOf(e));
    }
  }

  async set(key: string, value: T): Promise<StorageProblem | null> {
    return (await this.update(key, () => value)).problem;
  }

  async del(key: string): Promise<void> {
    this.memory.set(key, undefined);
    const s = await this.open();
    if (s) await del(key, s).then(() => this.memory.delete(key), () => {});
  }

  private keep(key: string, value: T, problem: StorageProblem): { value: T; problem: StorageProblem } {
    this.memory.set(key, value);
    report(this.what, problem);
    return { value, problem };
  }
}
