/**
 * Keeps the import page's draft as it changes, and never over another tab's newer work. Each
 * tab remembers the version of the draft it last read or wrote; a write over a newer version
 * is held back, and the page asks the person (keep both, or overwrite). Tabs tell each other
 * of every write on a BroadcastChannel, so a tab learns at once that its draft moved on,
 * before anything is typed into it.
 */
import { newDraftKey, saveDraft, selectDraft, type SavedDraft } from './drafts';
import type { StorageProblem } from './storage';

const CHANNEL = 'welfare-plan-explorer:drafts';

interface Written {
  key: string;
  version: number;
}

/** Another tab's newer version of the draft this tab shows. */
export interface DraftConflict {
  key: string;
  version: number;
}

export class DraftKeeper {
  /** The version of each draft this tab last read or wrote. */
  private readonly base = new Map<string, number>();
  /** What each draft held when this tab last read or wrote it: an unchanged draft is not written again. */
  private readonly content = new Map<string, Content>();
  /** The draft this tab shows. */
  private shown = '';
  private channel: BroadcastChannel | null = null;
  /** Writes one after another: two in flight would each take the other's version for another tab's. */
  private queue: Promise<unknown> = Promise.resolve();

  conflict = $state<DraftConflict | null>(null);
  /** What this tab could not write while the conflict stands (null: nothing of this tab's is unsaved). */
  held = $state<SavedDraft | null>(null);

  /** The page now shows this draft, as read from storage. */
  adopt(d: SavedDraft): void {
    this.listen();
    this.shown = d.key;
    this.base.set(d.key, d.version ?? 0);
    // A new draft (version 0) is not stored yet: its first save writes it, so it is listed.
    if (d.version !== 0) this.content.set(d.key, contentOf(d));
    else this.content.delete(d.key);
    this.conflict = null;
    this.held = null;
  }

  /** The version of a draft this tab last read or wrote. */
  versionOf(key: string): number {
    return this.base.get(key) ?? 0;
  }

  /** Keeps the draft; held back (and 'conflict' returned) while another tab's newer version stands. */
  save(d: SavedDraft): Promise<StorageProblem | 'conflict' | null> {
    const run = this.queue.then(() => this.write(d));
    this.queue = run.catch(() => {});
    return run;
  }

  private async write(d: SavedDraft): Promise<StorageProblem | 'conflict' | null> {
    this.shown = d.key;
    if (this.conflict?.key === d.key) {
      this.held = d;
      return 'conflict';
    }
    // Opening a draft is no change: writing it would tell the other tabs of a newer version that is not.
    const content = contentOf(d);
    if (sameContent(this.content.get(d.key), content)) return null;
    const r = await saveDraft(d, this.base.get(d.key) ?? d.version ?? 0);
    if ('newer' in r) {
      this.held = d;
      this.conflict = { key: d.key, version: r.newer.version ?? 0 };
      return 'conflict';
    }
    // A write the browser refused is no version of this tab's: the next one is checked against the stored version again, and no tab is told.
    if (!r.written) return r.problem;
    const version = r.saved.version ?? 0;
    this.base.set(d.key, version);
    this.content.set(d.key, content);
    this.tell({ key: d.key, version });
    return r.problem;
  }

  /** Keep both: this tab's content goes on as a new draft (the page switches to the key returned). */
  keepBoth(): string {
    const key = newDraftKey();
    this.base.set(key, 0);
    this.shown = key;
    this.conflict = null;
    this.held = null;
    return key;
  }

  /** This tab's content replaces the other tab's newer version. */
  async overwrite(): Promise<void> {
    const c = this.conflict;
    if (!c) return;
    const stored = await selectDraft(c.key);
    this.base.set(c.key, Math.max(c.version, stored?.version ?? 0));
    this.conflict = null;
    const held = this.held;
    this.held = null;
    if (held) await this.save(held);
  }

  private listen(): void {
    if (this.channel || typeof BroadcastChannel !== 'function') return;
    try {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.addEventListener('message', (e: MessageEvent<Written>) => this.heard(e.data));
    } catch {
      // A frame that may not talk to other tabs: writes are still checked against the stored version.
    }
  }

  private heard(w: Written): void {
    if (w?.key === this.shown && w.version > (this.base.get(w.key) ?? 0))
      this.conflict = { key: w.key, version: w.version };
  }

  private tell(w: Written): void {
    try {
      this.channel?.postMessage(w);
    } catch {
      // Closed or refused: the other tab still finds the newer version when it writes.
    }
  }
}

/** What a person made of a draft (not when, nor which version): the text as it is (comparing the same string is quick), the rest as JSON. */
interface Content {
  text: string;
  rest: string;
}
const contentOf = (d: SavedDraft): Content => ({
  text: d.text,
  rest: JSON.stringify([d.fileName, d.form, d.ops, d.undone]),
});
const sameContent = (a: Content | undefined, b: Content) => !!a && a.rest === b.rest && a.text === b.text;

/** One for the app: a tab keeps its versions across visits to the import page. */
export const draftKeeper = new DraftKeeper();
