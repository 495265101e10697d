// A page left (reloaded) while its draft's write is under way: the draft rescued synchronously
// in sessionStorage is stored by the next page, never over another tab's newer work.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** sessionStorage as a tab has it: it outlives the page (a module instance here). */
const tab = new Map<string, string>();
vi.stubGlobal('sessionStorage', {
  getItem: (k: string) => tab.get(k) ?? null,
  setItem: (k: string, v: string) => void tab.set(k, v),
  removeItem: (k: string) => void tab.delete(k),
  get length() {
    return tab.size;
  },
});

type Drafts = typeof import('./drafts');
/** A page of the app: its own module instances, as after a reload. */
async function page(): Promise<Drafts> {
  vi.resetModules();
  return import('./drafts');
}
const keysOf = async (d: Drafts, text: string) =>
  (await d.listDrafts()).filter((e) => e.preview.startsWith(text)).map((e) => e.key);

beforeEach(() => tab.clear());

describe('a draft rescued as its page is left', () => {
  it('a reload while the last write is under way: the next page shows and stores the newest text', async () => {
    const first = await page();
    const d = { ...first.newDraft(), text: '救出1 書きかけ' };
    const writing = first.saveDraft(d, 0); // under way as the page is left
    first.rescueDraft({ ...d, text: '救出1 元に戻した', updated: d.updated + 1 }, 0);
    await writing;

    const next = await page();
    const opened = await next.openDraft();
    expect(opened.text).toBe('救出1 元に戻した');
    expect((await next.selectDraft(d.key))?.text).toBe('救出1 元に戻した');
    expect(await keysOf(next, '救出1')).toEqual([d.key]);
    expect(tab.size).toBe(0);
  });

  it('another tab stored a newer version meanwhile: both are kept, the rescued one opens as a new draft', async () => {
    const first = await page();
    const d = { ...first.newDraft(), text: '救出2 はじめ' };
    const mine = await first.saveDraft(d, 0);
    const other = await page();
    await other.saveDraft({ ...d, text: '救出2 ほかのタブ', updated: d.updated + 5 }, 1);
    expect('saved' in mine && mine.written).toBe(true);
    first.rescueDraft({ ...d, text: '救出2 このタブ', updated: d.updated + 9 }, 1);

    const next = await page();
    const opened = await next.openDraft();
    expect(opened.text).toBe('救出2 このタブ');
    expect(opened.key).not.toBe(d.key);
    expect((await next.selectDraft(d.key))?.text).toBe('救出2 ほかのタブ');
    expect(await keysOf(next, '救出2')).toHaveLength(2);
  });

  it('a rescue older than what was stored after it is dropped', async () => {
    const first = await page();
    const d = { ...first.newDraft(), text: '救出3 古い' };
    first.rescueDraft(d, 0);
    await first.saveDraft({ ...d, text: '救出3 新しい', updated: d.updated + 1 }, 0);

    const next = await page();
    expect((await next.openDraft()).text).not.toBe('救出3 古い');
    expect((await next.selectDraft(d.key))?.text).toBe('救出3 新しい');
    expect(tab.size).toBe(0);
  });

  it('hidden while a write was under way, the write landing and work going on in another draft: the next page opens that draft', async () => {
    const first = await page();
    const a = { ...first.newDraft(), text: '救出4 A の下書き' };
    first.rescueDraft(a, 0); // hidden while A's write was under way
    await first.saveDraft(a, 0); // the write lands
    const b = { ...first.newDraft(), text: '救出4 B の下書き', updated: a.updated + 5 };
    await first.saveDraft(b, 0);

    const next = await page();
    expect((await next.openDraft()).key).toBe(b.key);
  });

  it('a draft deleted after its page was hidden stays deleted', async () => {
    const first = await page();
    const a = { ...first.newDraft(), text: '救出5 消す下書き' };
    await first.saveDraft(a, 0);
    first.rescueDraft({ ...a, text: '救出5 消す下書き。', updated: a.updated + 1 }, 1);
    await first.removeDraft(a.key);

    const next = await page();
    expect((await next.openDraft()).key).not.toBe(a.key);
    expect(await next.selectDraft(a.key)).toBeUndefined();
  });
});
