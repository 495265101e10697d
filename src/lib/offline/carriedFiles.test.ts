import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../plan/schema';
import { local } from '../data/storage';
import { progressKey } from '../state/planProgress.svelte';
import { carriedFiles } from './carriedFiles';

const plan = {
  id: 'carry-test',
  title: 'テスト計画',
  progressSheet: 'carry-test.progress.csv',
  root: { id: 'r', title: '理念', children: [] },
} as unknown as Plan;
const published = 'id,2025\npublished,A\n';

afterEach(() => {
  vi.unstubAllGlobals();
  local.remove(progressKey(plan.id));
});

describe('carriedFiles', () => {
  it('carries the sheet this browser shows, even one the storage could keep only in memory (no localStorage here)', async () => {
    vi.stubGlobal('fetch', async (path: string) =>
      path.endsWith('.csv') ? new Response(published) : new Response('', { status: 404 }),
    );
    // Node has no localStorage: the storage module keeps the value in memory, as on a full quota.
    expect(
      local.set(progressKey(plan.id), JSON.stringify({ text: 'id,2025\nown,B\n', fileName: 'own.csv' })),
    ).not.toBeNull();
    const { files } = await carriedFiles(plan);
    expect(files['plans/carry-test.progress.csv']).toBe('id,2025\nown,B\n');
  });
  it('carries the published sheet when this browser has none', async () => {
    vi.stubGlobal('fetch', async (path: string) =>
      path.endsWith('.csv') ? new Response(published) : new Response('', { status: 404 }),
    );
    const { files } = await carriedFiles(plan);
    expect(files['plans/carry-test.progress.csv']).toBe(published);
    expect(files['search/readings.json']).toBeUndefined();
  });
});
