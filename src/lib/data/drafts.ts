/**
 * Drafts on the import page: the text, the metadata and every edit, kept in this browser's
 * IndexedDB (through idb-keyval) as they happen, so a reload, a closed tab or a crash loses
 * nothing and a large plan does not hit localStorage's quota. Several drafts can exist.
 */
import { createStore, del, get, keys, set, getMany, type UseStore } from 'idb-keyval';
import type { EditOp } from '../edit/ops';

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
}

export const EMPTY_FORM: DraftForm = { id: '', council: '', municipality: '', prefecture: '', title: '', period: '', hints: '' };

/** Before drafts moved to IndexedDB, one draft lived in localStorage under this key. */
const LEGACY_KEY = 'welfare-plan-explorer:import-draft';
/** Which draft the page shows: a small value, so localStorage (synchronous) is fine. */
const CURRENT_KEY = 'welfare-plan-explorer:current-draft';

let store: UseStore | null = null;
const drafts = () => (store ??= createStore('welfare-plan-explorer', 'drafts'));

export const newDraft = (): Draft => ({ key: `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, text: '', fileName: '', form: { ...EMPTY_FORM }, ops: [], undone: [], updated: Date.now() });

/** Every draft, the most recently changed first. */
export async function listDrafts(): Promise<Draft[]> {
  const ks = await keys<string>(drafts());
  const all = await getMany<Draft>(ks, drafts());
  return all.filter((d): d is Draft => !!d).sort((a, b) => b.updated - a.updated);
}

export async function saveDraft(d: Draft): Promise<void> {
  await set(d.key, plainCopy(d), drafts());
  localStorage.setItem(CURRENT_KEY, d.key);
}

export const removeDraft = (key: string): Promise<void> => del(key, drafts());

/** The draft the page showed last: the current one, else the newest, else one carried over from localStorage, else a new one. */
export async function openDraft(): Promise<Draft> {
  const current = localStorage.getItem(CURRENT_KEY);
  const found = current ? await get<Draft>(current, drafts()) : undefined;
  if (found) return found;
  const legacy = readLegacy();
  if (legacy) {
    await saveDraft(legacy);
    localStorage.removeItem(LEGACY_KEY);
    return legacy;
  }
  return (await listDrafts())[0] ?? newDraft();
}

export const selectDraft = (key: string) => get<Draft>(key, drafts());

function readLegacy(): Draft | null {
  try {
    const old = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? 'null') as { text?: string; fileName?: string; form?: Partial<DraftForm> } | null;
    return old?.text ? { ...newDraft(), text: old.text, fileName: old.fileName ?? '', form: { ...EMPTY_FORM, ...old.form } } : null;
  } catch {
    return null;
  }
}

/** A plain copy IndexedDB can store (reactive proxies cannot be cloned). */
function plainCopy(d: Draft): Draft {
  return JSON.parse(JSON.stringify(d)) as Draft;
}
