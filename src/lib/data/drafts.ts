/**
 * Drafts on the import page: the text, the metadata and every edit, kept in this browser's
 * IndexedDB (through the storage module) as they happen, so a reload, a closed tab or a crash
 * loses nothing and a large plan does not hit localStorage's quota. Several drafts can exist.
 * Each carries a version stamp, so a tab never silently overwrites what another tab wrote.
 */
import type { EditOp } from '../edit/ops';
import { IdbArea, KEPT, local, session, type StorageProblem } from './storage';

export interface DraftForm {
  id: string;
  council: string;
  municipality: string;
  prefecture: string;
  title: string;
  period: string;
  hints: string;
}

export interface SavedDraft {
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
  /** The page that wrote this version (a page's own writes are told apart from another tab's). */
  writer?: string;
}

/** A draft as the list shows it: everything but its text, and the text's first line. */
export type DraftEntry = Omit<SavedDraft, 'text'> & { preview: string };

/**
 * A draft as stored. A long text is kept as a Blob: writing or reading the record then moves a
 * handle, not megabytes through the main thread (each save reads the stored version first).
 */
type StoredDraft = Omit<SavedDraft, 'text'> & { text: string | Blob; preview?: string };

/** Texts at least this long are stored as a Blob. */
const BLOB_TEXT = 50_000;
const PREVIEW_CHARS = 30;

/** The first line with words on it (found without splitting a long text into its lines). */
const previewOf = (text: string) =>
  text
    .match(/\S[^\n]*/)?.[0]
    .trim()
    .slice(0, PREVIEW_CHARS) ?? '';

/** Characters encoded per task when a long text becomes a Blob (a few milliseconds each). */
const BLOB_PART = 100_000;

/**
 * A long text as a Blob, encoded a part per task so no task of the page takes long. Parts end
 * between UTF-16 surrogates, never inside a pair (a lone half would be encoded as U+FFFD).
 */
export async function textBlob(text: string, part = BLOB_PART): Promise<Blob> {
  const parts: Blob[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + part, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end += end - 1 > i ? -1 : 1;
    parts.push(new Blob([text.slice(i, end)]));
    i = end;
    if (i < text.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Blob(parts);
}

/** This page, among the pages that write drafts (a reload is another page). */
const PAGE = newDraftKeyPart();

const toStored = async (d: SavedDraft, version: number): Promise<StoredDraft> => ({
  ...plainCopy(d),
  version,
  writer: PAGE,
  text: d.text.length >= BLOB_TEXT ? await textBlob(d.text) : d.text,
  preview: previewOf(d.text),
});

async function toDraft(s: StoredDraft): Promise<SavedDraft> {
  const { preview: _preview, ...rest } = s;
  return { ...rest, text: typeof s.text === 'string' ? s.text : await s.text.text() };
}

/** The list's entry for a draft held in full. */
export const entryOf = (d: SavedDraft): DraftEntry => {
  const { text, ...rest } = d;
  return { ...rest, preview: previewOf(text) };
};

const entryOfStored = (s: StoredDraft): DraftEntry => {
  const { text, ...rest } = s;
  return { ...rest, preview: s.preview ?? (typeof text === 'string' ? previewOf(text) : '') };
};

export const EMPTY_FORM: DraftForm = {
  id: '',
  council: '',
  municipality: '',
  prefecture: '',
  title: '',
  period: '',
  hints: '',
};

/** Before drafts moved to IndexedDB, one draft lived in localStorage under this key. */
const LEGACY_KEY = 'welfare-plan-explorer:import-draft';
/** Which draft the page shows: a small value, so localStorage (synchronous) is fine. */
const CURRENT_KEY = 'welfare-plan-explorer:current-draft';

/** A draft held while the database was slow to open gives way to a version another tab stored meanwhile (the page still shows it, and asks). */
const settle = (stored: StoredDraft | undefined, held: StoredDraft): StoredDraft =>
  stored && (stored.version ?? 0) >= (held.version ?? 0) ? stored : held;
const drafts = new IdbArea<StoredDraft>('welfare-plan-explorer', 'drafts', KEPT.drafts, { settle });

function newDraftKeyPart(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
export const newDraftKey = () => `d${newDraftKeyPart()}`;
export const newDraft = (): SavedDraft => ({
  key: newDraftKey(),
  text: '',
  fileName: '',
  form: { ...EMPTY_FORM },
  ops: [],
  undone: [],
  updated: Date.now(),
  version: 0,
});

/** Every draft, the most recently changed first (their texts are not read). */
export async function listDrafts(): Promise<DraftEntry[]> {
  const all = await drafts.getMany(await drafts.keys());
  return all
    .filter((d): d is StoredDraft => !!d)
    .map(entryOfStored)
    .sort((a, b) => b.updated - a.updated);
}

export type SaveResult =
  /** `written`: false when the browser refused the write (the draft is shown from memory; the stored version is unchanged). */
  | { saved: SavedDraft; problem: StorageProblem | null; written: boolean }
  /** Another tab wrote a newer version since `base`: nothing was written. */
  | { newer: SavedDraft };

/**
 * Writes a draft over the version this tab last read or wrote (`base`), in one transaction:
 * if the stored one is newer, nothing is written and the newer one is returned instead.
 */
export async function saveDraft(d: SavedDraft, base = d.version ?? 0): Promise<SaveResult> {
  const seen: { newer: StoredDraft | null } = { newer: null };
  const stored = await toStored(d, base + 1);
  const { problem, written } = await drafts.update(d.key, (old) => {
    seen.newer = old && (old.version ?? 0) > base ? old : null;
    return seen.newer ?? stored;
  });
  if (seen.newer) return { newer: await toDraft(seen.newer) };
  local.set(CURRENT_KEY, d.key);
  return { saved: { ...d, version: base + 1 }, problem, written };
}

/** Deletes a draft, and a copy of it rescued when a page was left (it would bring the draft back). */
export function removeDraft(key: string): Promise<void> {
  forgetRescue(key);
  return drafts.del(key);
}

/**
 * The draft the page showed last: the current one, else the newest, else one carried over from
 * localStorage, else a new one. Waits for the database to open, however long that takes.
 */
export async function openDraft(): Promise<SavedDraft> {
  // However slow the database is to open: a draft read before it opens would be a wrong answer (none).
  await drafts.ready();
  const rescued = await takeRescue();
  if (rescued) return rescued;
  const current = local.get(CURRENT_KEY);
  const found = current ? await selectDraft(current) : undefined;
  if (found) return found;
  const legacy = readLegacy();
  if (legacy) {
    const r = await saveDraft(legacy);
    // The old copy goes only once the new one is really stored (blocked or full storage keeps it in memory only).
    if ('saved' in r && r.problem === null) local.remove(LEGACY_KEY);
    return 'saved' in r ? r.saved : r.newer;
  }
  const newest = (await listDrafts())[0];
  return (newest && (await selectDraft(newest.key))) ?? newDraft();
}

export async function selectDraft(key: string): Promise<SavedDraft | undefined> {
  const s = await drafts.get(key);
  return s && toDraft(s);
}

function readLegacy(): SavedDraft | null {
  try {
    const old = JSON.parse(local.get(LEGACY_KEY) ?? 'null') as {
      text?: string;
      fileName?: string;
      form?: Partial<DraftForm>;
    } | null;
    return old?.text
      ? { ...newDraft(), text: old.text, fileName: old.fileName ?? '', form: { ...EMPTY_FORM, ...old.form } }
      : null;
  } catch {
    return null;
  }
}

/**
 * A plain copy IndexedDB can store (reactive proxies cannot be cloned), without the text: only
 * the small parts go through JSON.
 */
function plainCopy(d: SavedDraft): Omit<SavedDraft, 'text'> {
  const { text: _text, ...small } = d;
  return JSON.parse(JSON.stringify(small)) as Omit<SavedDraft, 'text'>;
}

/**
 * A draft whose newest content was not stored yet when its page was left (a write still under
 * way, or waiting for a pause in typing): kept at once, synchronously, in this tab's
 * sessionStorage, and stored by the tab's next page (a reload, a restored tab).
 */
const RESCUE_KEY = 'welfare-plan-explorer:draft-rescue';

interface Rescue {
  draft: SavedDraft;
  /** The version the page last read or wrote: a stored version past it is another tab's, unless the page wrote it itself. */
  base: number;
  page: string;
}

/** Keeps the draft as the page leaves it (a full or blocked storage keeps nothing more: the notice has said so). */
export function rescueDraft(draft: SavedDraft, base: number): void {
  const rescue: Rescue = { draft, base, page: PAGE };
  session.set(RESCUE_KEY, JSON.stringify(rescue));
}

/** A rescued copy of this draft is no newer than `stored` (a time; any copy when not given): it goes. */
export function forgetRescue(key: string, stored = Infinity): void {
  const r = readRescue();
  if (r && r.draft.key === key && r.draft.updated <= stored) session.remove(RESCUE_KEY);
}

function readRescue(): Rescue | null {
  try {
    const r = JSON.parse(session.get(RESCUE_KEY) ?? 'null') as Rescue | null;
    return r && typeof r.draft?.key === 'string' && typeof r.draft.text === 'string' ? r : null;
  } catch {
    return null;
  }
}

/**
 * Stores a rescued draft when it is newer than the stored one and returns it (the page shows
 * it). Over a version another tab stored meanwhile it goes on as a new draft: both are kept.
 */
async function takeRescue(): Promise<SavedDraft | null> {
  const rescue = readRescue();
  if (!rescue) return null;
  const { draft, base, page } = rescue;
  const stored = await drafts.get(draft.key);
  if (stored && stored.updated >= draft.updated) {
    session.remove(RESCUE_KEY);
    return null;
  }
  const another = !!stored && (stored.version ?? 0) > base && stored.writer !== page;
  const toSave = another ? { ...draft, key: newDraftKey(), version: 0 } : draft;
  const r = await saveDraft(toSave, another ? 0 : (stored?.version ?? 0));
  if ('saved' in r && r.written) session.remove(RESCUE_KEY);
  return 'saved' in r ? r.saved : r.newer;
}
