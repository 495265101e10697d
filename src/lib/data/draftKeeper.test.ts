// Node has no IndexedDB: the drafts live in the storage module's memory fallback (saves report
// 'blocked'), which keeps the same version rules as IndexedDB (one read-and-write per save).
import { describe, expect, it } from 'vitest';
import { newDraft, saveDraft, selectDraft, type SavedDraft } from './drafts';
import { DraftKeeper } from './draftKeeper.svelte';

const draft = (text: string, over: Partial<SavedDraft> = {}): SavedDraft => ({ ...newDraft(), text, ...over });

describe('saveDraft', () => {
  it('stamps each write with the next version, and writes nothing over a newer version', async () => {
    const d = draft('一');
    const first = await saveDraft(d, 0);
    expect('saved' in first && first.saved.version).toBe(1);
    const second = await saveDraft({ ...d, text: '二' }, 1);
    expect('saved' in second && second.saved.version).toBe(2);
    // A tab still at version 1 would overwrite version 2: refused, and shown what is there.
    const stale = await saveDraft({ ...d, text: '古いタブ' }, 1);
    expect('newer' in stale && stale.newer.text).toBe('二');
    expect((await selectDraft(d.key))?.text).toBe('二');
  });
});

describe('DraftKeeper', () => {
  it('two tabs on one draft: the second writer is held back, and keeping both loses neither', async () => {
    const stored = draft('最初');
    await saveDraft(stored, 0);
    const opened = (await selectDraft(stored.key))!;
    const a = new DraftKeeper();
    const b = new DraftKeeper();
    a.adopt(opened);
    b.adopt(opened);
    expect(await a.save({ ...opened, text: 'A の変更' })).not.toBe('conflict');
    expect(await b.save({ ...opened, text: 'B の変更' })).toBe('conflict');
    expect(b.conflict?.key).toBe(stored.key);
    expect(b.held?.text).toBe('B の変更');
    expect((await selectDraft(stored.key))?.text).toBe('A の変更');
    // Further typing in B is held too, never written over A's.
    expect(await b.save({ ...opened, text: 'B の変更 2' })).toBe('conflict');
    const key = b.keepBoth();
    expect(key).not.toBe(stored.key);
    expect(await b.save({ ...opened, key, text: 'B の変更 2' })).not.toBe('conflict');
    expect((await selectDraft(stored.key))?.text).toBe('A の変更');
    expect((await selectDraft(key))?.text).toBe('B の変更 2');
  });

  it('overwriting on purpose writes this tab’s held content over the newer version', async () => {
    const stored = draft('最初');
    await saveDraft(stored, 0);
    const opened = (await selectDraft(stored.key))!;
    const a = new DraftKeeper();
    const b = new DraftKeeper();
    a.adopt(opened);
    b.adopt(opened);
    await a.save({ ...opened, text: 'A' });
    await b.save({ ...opened, text: 'B' });
    await b.overwrite();
    expect(b.conflict).toBeNull();
    expect((await selectDraft(stored.key))?.text).toBe('B');
  });

  it('does not write a draft that was only opened (other tabs would take it for a change)', async () => {
    const stored = draft('そのまま');
    await saveDraft(stored, 0);
    const opened = (await selectDraft(stored.key))!;
    const k = new DraftKeeper();
    k.adopt(opened);
    expect(await k.save({ ...opened, updated: opened.updated + 1000 })).toBeNull();
    expect((await selectDraft(stored.key))?.version).toBe(1);
  });
});
