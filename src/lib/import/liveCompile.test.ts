// Node has no Worker: LiveCompile compiles on the main thread, with the same bookkeeping as the
// worker's replies. The compiler is made to throw on one text, as a bug in it would.
import { describe, expect, it, vi } from 'vitest';
import { compilePlan } from '../plan/compile';
import { LiveCompile } from './liveCompile.svelte';

vi.mock('../plan/compile', async (real) => {
  const m = await real<typeof import('../plan/compile')>();
  return { ...m, compilePlan: vi.fn(m.compilePlan) };
});

const PLAN = ['基本理念', 'みんなでささえあうまち', '', '基本目標1 つながる地域', '施策1 見守り'].join('\n');

describe('LiveCompile', () => {
  it('after the compiler throws, says what to do, and the next edit compiles', async () => {
    const live = new LiveCompile();
    vi.mocked(compilePlan).mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    live.update(PLAN, {}, '貼り付けたテキスト');
    await vi.waitFor(() => expect(live.failure).toMatch(/変換できませんでした/));
    expect(live.failure).toMatch(/テキストはそのまま/);
    expect(live.compiled).toBeNull();
    live.update(`${PLAN}\n施策2 居場所`, {}, '貼り付けたテキスト');
    await vi.waitFor(() => expect(live.compiled?.result.plan?.root.children?.length).toBeGreaterThan(0));
    expect(live.failure).toBe('');
    live.destroy();
  });
});
