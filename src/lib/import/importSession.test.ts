// The import session in Node, on small inline texts. Node has no IndexedDB, localStorage or
// Worker: drafts and saved plans live in the storage module's memory (saves say so honestly),
// and the text compiles on the main thread. The page's two effects are called by hand here:
// live.update on a text change, changed(snapshot()) on any change.
import { describe, expect, it, vi } from 'vitest';
import { entryOf, newDraft, saveDraft, selectDraft, type SavedDraft } from '../data/drafts';
import { ImportSession, type DraftStore } from './importSession.svelte';

const PLAN = [
  '基本理念',
  'みんなでささえあうまち',
  '',
  '基本目標1 つながる地域',
  '施策1 見守りの輪',
  '施策2 居場所づくり',
].join('\n');

/** Drafts kept as the app keeps them, but the last one opens only when the test says. */
function slowStore() {
  let deliver: (d: SavedDraft) => void = () => {};
  const opening = new Promise<SavedDraft>((r) => (deliver = r));
  const store: DraftStore = {
    openDraft: () => opening,
    listDrafts: async () => [],
    selectDraft,
    removeDraft: async () => {},
  };
  return { store, deliver };
}

const stored = async (text: string): Promise<SavedDraft> => {
  const r = await saveDraft({ ...newDraft(), text }, 0);
  return 'saved' in r ? r.saved : r.newer;
};

/** What the page's effects do after a change. */
const edited = (s: ImportSession) => {
  s.live.update(s.text, s.meta, s.fileName || '貼り付けたテキスト');
  s.changed(s.snapshot());
};

describe('ImportSession: a database slow to open', () => {
  it('gives an empty draft to work in, writes nothing for it, and shows the last draft when it comes', async () => {
    const last = await stored('前の下書き');
    const { store, deliver } = slowStore();
    const s = new ImportSession({ store, slowOpenMs: 5 });
    await vi.waitFor(() => expect(s.loaded).toBe(true));
    const empty = s.key;
    expect(s.text).toBe('');
    edited(s);
    deliver(last);
    await vi.waitFor(() => expect(s.key).toBe(last.key));
    expect(s.text).toBe('前の下書き');
    expect(await selectDraft(empty)).toBeUndefined();
  });

  it('keeps what was put in the empty draft, and lists the last one beside it', async () => {
    const last = await stored('前の下書き');
    const { store, deliver } = slowStore();
    const s = new ImportSession({ store, slowOpenMs: 5 });
    await vi.waitFor(() => expect(s.loaded).toBe(true));
    s.text = '待つ間に貼った';
    edited(s);
    await vi.waitFor(async () => expect((await selectDraft(s.key))?.text).toBe('待つ間に貼った'));
    deliver(last);
    await vi.waitFor(() => expect(s.message).toMatch(/一覧/));
    expect(s.text).toBe('待つ間に貼った');
    expect((await selectDraft(last.key))?.text).toBe('前の下書き');
  });
});

describe('ImportSession: files, saving, the id', () => {
  const open = async () => {
    const d = await stored('');
    const s = new ImportSession({
      store: {
        openDraft: async () => d,
        listDrafts: async () => [entryOf(d)],
        selectDraft,
        removeDraft: async () => {},
      },
    });
    await vi.waitFor(() => expect(s.loaded).toBe(true));
    return s;
  };

  it('a file over a text opens as a new draft, and 元に戻す goes back to the text', async () => {
    const s = await open();
    s.text = PLAN;
    edited(s);
    const before = s.key;
    s.takeFile('別の計画.txt', '基本理念\nべつのまち', '');
    expect(s.key).not.toBe(before);
    expect(s.fileNotice?.text).toMatch(/新しい下書き/);
    expect(s.undoable).toBe(true);
    await s.undoFile();
    expect([s.key, s.text]).toEqual([before, PLAN]);
  });

  it('compiles the text, saves the plan, and asks before saving over it', async () => {
    const s = await open();
    s.text = PLAN;
    s.form.id = 'mitsuba';
    edited(s);
    await vi.waitFor(() => expect(s.plan?.id).toBe('mitsuba'));
    s.save();
    // Node keeps no localStorage: the session says the plan is kept for this visit only.
    expect(s.message).toMatch(/保存できませんでした|保存しました/);
    expect(s.saved.map((p) => p.id)).toContain('mitsuba');
    s.save();
    expect(s.overwrite).toBe('mitsuba');
    s.save(true);
    expect(s.overwrite).toBeNull();
  });

  it('a plan may not take the id of a published plan: says so and does not save it', async () => {
    const s = await open();
    s.taken = ['okegawa'];
    s.text = PLAN;
    s.form.id = 'okegawa';
    edited(s);
    await vi.waitFor(() => expect(s.plan?.id).toBe('okegawa'));
    expect(s.idProblem).toMatch(/公開中の計画と同じ/);
    s.save();
    expect(s.saved.map((p) => p.id)).not.toContain('okegawa');
  });
});
