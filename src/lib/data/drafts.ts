/**
 * Drafts on the import page: the text, the metadata and every edit, kept in this browser's
 * IndexedDB (through the storage module) as they happen, so a reload, a closed tab or a crash
 * loses nothing and a large plan does not hit localStorage's quota. Several drafts can exist.
 * Each carries a version stamp, so a tab never silently overwrites what another tab wrote.
 */
import type { EditOp } from '../edit/ops';
import { IdbArea, KEPT, local, type StorageProblem } from './storage';

export interface DraftForm { id: string; council: string; municipality: string; prefecture: string; title: string; period: string; hints: string }

export interface Draft {
  key: string;
  text: string;
  /** The file the text came from, or '' for pasted text. */
  fileName: string;
  form: DraftForm;
  ops: EditOp[];
  undone: EditOp[];
  /** When it was last changed (ms since the epoch). */
  updated: number;
  /** Counts the writes of this draft (0 before the first): a tab writes only over the version it read. */
  version?: number;
}

export const EMPTY_FORM: DraftForm = { id: '', council: '', municipality: '', prefecture: '', title: '', period: '', hints: '' };

/** Before drafts moved to IndexedDB, one draft lived in localStorage under this key. */
const LEGACY_KEY = 'welfare-plan-explorer:import-draft';
/** Which draft the page shows: a small value, so localStorage (synchronous) is fine. */
const CURRENT_KEY = 'welfare-plan-explorer:current-draft';

/** A draft held while the database was slow to open gives way to a version another tab stored meanwhile (the page still shows it, and asks). */
const settle = (stored: Draft | undefined, held: Draft): Draft => (stored && (stored.version ?? 0) >= (held.version ?? 0) ? stored : held);
const drafts = new IdbArea<Draft>('welfare-plan-explorer', 'drafts', KEPT.drafts, { settle });

export const newDraftKey = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
export const newDraft = (): Draft => ({ key: newDraftKey(), text: '', fileName: '', form: { ...EMPTY_FORM }, ops: [], undone: [], updated: Date.now(), version: 0 });

/** Every draft, the most recently changed first. */
export async function listDrafts(): Promise<Draft[]> {
  const all = await drafts.getMany(await drafts.keys());
  return all.filter((d): d is Draft => !!d).sort((a, b) => b.updated - a.updated);
}

export type SaveResult =
  /** `written`: false when the browser refused the write (the draft is shown from memory; the stored version is unchanged). */
  | { saved: Draft; problem: StorageProblem | null; written: boolean }
  /** Another tab wrote a newer version since `base`: nothing was written. */
  | { newer: Draft };

/**
 * Writes a draft over the version this tab last read or wrote (`base`), in one transaction:
 * if the stored one is newer, nothing is written and the newer one is returned instead.
 */
export async function saveDraft(d: Draft, base = d.version ?? 0): Promise<SaveResult> {
  const seen: { newer: Draft | null } = { newer: null };
  const { value, problem, written } = await drafts.update(d.key, (old) => {
    seen.newer = old && (old.version ?? 0) > base ? old : null;
    return seen.newer ?? { ...plainCopy(d), version: base + 1 };
  });
  if (seen.newer) return { newer: seen.newer };
  local.set(CURRENT_KEY, d.key);
  return { saved: value, problem, written };
}

export const removeDraft = (key: string): Promise<void> => drafts.del(key);

/**
 * The draft the page showed last: the current one, else the newest, else one carried over from
 * localStorage, else a new one. Waits for the database to open, however long that takes.
 */
export async function openDraft(): Promise<Draft> {
  const current = local.get(CURRENT_KEY);
  // However slow the database is to open: a draft read before it opens would be a wrong answer (none).
  await drafts.ready();
  const found = current ? await drafts.get(current) : undefined;
  if (found) return found;
  const legacy = readLegacy();
  if (legacy) {
    const r = await saveDraft(legacy);
    // The old copy goes only once the new one is really stored (blocked or full storage keeps it in memory only).
    if ('saved' in r && r.problem === null) local.remove(LEGACY_KEY);
    return 'saved' in r ? r.saved : r.newer;
  }
  return (await listDrafts())[0] ?? newDraft();
}

export const selectDraft = (key: string) => drafts.get(key);

function readLegacy(): Draft | null {
  try {
    const old = JSON.parse(local.get(LEGACY_KEY) ?? 'null') as { text?: string; fileName?: string; form?: Partial<DraftForm> } | null;
    return old?.text ? { ...newDraft(), text: old.text, fileName: old.fileName ?? '', form: { ...EMPTY_FORM, ...old.form } } : null;
  } catch {
    return null;
  }
}

/**
 * A plain copy IndexedDB can store (reactive proxies cannot be cloned). The text is a string,
 * shared as it is: only the small parts go through JSON, so a long text is not copied twice per write.
 */
function plainCopy(d: Draft): Draft {
  const small = JSON.parse(JSON.stringify({ ...d, text: '' })) as Draft;
  return { ...small, text: d.text };
}
