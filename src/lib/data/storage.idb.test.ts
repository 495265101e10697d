// IndexedDB as a browser has it (fake-indexeddb, in memory): writes that fail for a full quota,
// another tab writing between two of this tab's writes, and a database slow to open.
import 'fake-indexeddb/auto';
import { IDBObjectStore } from 'fake-indexeddb';
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { IdbArea, onStorageProblem, type StorageProblem } from './storage';
import { newDraft, saveDraft, selectDraft } from './drafts';
import { DraftKeeper } from './draftKeeper.svelte';

const seen: [string, StorageProblem | null][] = [];
const stop = onStorageProblem((what, p) => seen.push([what, p]));
afterEach(() => {
  seen.splice(0);
  vi.restoreAllMocks();
});
afterAll(() => void stop());

/** From now on, every write is refused as a full quota would refuse it. */
const fillQuota = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

let dbs = 0;
const fresh = () => `db${++dbs}`;

describe('IdbArea after a failed write', () => {
  it('keeps the value for this visit, says it was not saved, and checks the next write against what is stored', async () => {
    const db = fresh();
    const area = new IdbArea<{ v: number; by: string }>(db, 's', '下書き');
    expect(await area.set('k', { v: 1, by: 'a' })).toBeNull();
    const full = fillQuota();
    const failed = await area.update('k', (old) => ({ v: (old?.v ?? 0) + 1, by: 'a' }));
    expect(failed.problem).toBe('full');
    expect(await area.get('k')).toEqual({ v: 2, by: 'a' });
    expect(seen.at(-1)).toEqual(['下書き', 'full']);
    full.mockRestore();
    // Another tab writes in between; this tab's next write must see that, not its own unsaved copy.
    await set('k', { v: 2, by: 'b' }, createStore(db, 's'));
    let saw: unknown;
    const next = await area.update('k', (old) => ((saw = old), { v: (old?.v ?? 0) + 1, by: 'a' }));
    expect(saw).toEqual({ v: 2, by: 'b' });
    expect(next.problem).toBeNull();
    expect(seen.at(-1)).toEqual(['下書き', null]);
  });
});

describe('drafts after a failed write', () => {
  it("a write that failed does not count as this tab's version: another tab's newer draft is not overwritten", async () => {
    const opened = (await saveDraft({ ...newDraft(), text: '最初' }, 0).then((r) =>
      'saved' in r ? r.saved : r.newer,
    ))!;
    const a = new DraftKeeper();
    const b = new DraftKeeper();
    a.adopt(opened);
    b.adopt(opened);
    const full = fillQuota();
    expect(await a.save({ ...opened, text: 'A の変更' })).toBe('full');
    full.mockRestore();
    expect(await b.save({ ...opened, text: 'B の変更' })).toBeNull();
    expect(await a.save({ ...opened, text: 'A の変更 2' })).toBe('conflict');
    expect((await selectDraft(opened.key))?.text).toBe('B の変更');
  });
});

describe('IdbArea slow to open', () => {
  it('works in memory while the database does not answer, then keeps everything in it once it opens', async () => {
    const db = fresh();
    let openNow = () => {};
    const gate = new Promise<void>((r) => (openNow = r));
    const real = createStore(db, 's');
    const slow: UseStore = (mode, cb) => gate.then(() => real(mode, cb));
    const area = new IdbArea<string>(db, 's', '下書き', { makeStore: () => slow, openTimeoutMs: 20 });
    expect(await area.set('k', '開く前に書いた')).toBe('blocked');
    expect(await area.get('k')).toBe('開く前に書いた');
    openNow();
    await vi.waitFor(async () => expect(await get('k', real)).toBe('開く前に書いた'));
    expect(seen.at(-1)).toEqual(['下書き', null]);
    expect(await area.set('j', '開いた後')).toBeNull();
    expect(await get('j', real)).toBe('開いた後');
  });
});

describe('a long draft', () => {
  it('is stored with its text as a Blob, listed by its first line without reading the text, and read back whole', async () => {
    const { listDrafts } = await import('./drafts');
    const text = `第4次みなと市地域福祉活動計画\n${'・見守り活動を進めます。\n'.repeat(5000)}`;
    const r = await saveDraft({ ...newDraft(), text }, 0);
    const key = 'saved' in r ? r.saved.key : '';
    const raw = await get(key, createStore('welfare-plan-explorer', 'drafts'));
    expect(raw.text).toBeInstanceOf(Blob);
    expect((await listDrafts()).find((d) => d.key === key)).toMatchObject({ preview: '第4次みなと市地域福祉活動計画' });
    expect((await selectDraft(key))?.text).toBe(text);
  });
});

it('a text made into a Blob in parts reads back the same, even with a part ending inside an emoji', async () => {
  const { textBlob } = await import('./drafts');
  const text = '計画💡'.repeat(50);
  for (const part of [1, 2, 3, 7, 1e6]) expect(await (await textBlob(text, part)).text()).toBe(text);
});
