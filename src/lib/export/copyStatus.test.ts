import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyStatus } from './copyStatus.svelte';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('CopyStatus', () => {
  it('says it copied only when the clipboard took the text, and clears that after a while', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (t: string) => void written.push(t) } });
    const status = new CopyStatus();
    expect(await status.copy('<iframe>', 'コピーしました', 'コピーできませんでした')).toBe(true);
    expect([written, status.message]).toEqual([['<iframe>'], 'コピーしました']);
    vi.runAllTimers();
    expect(status.message).toBe('');
  });

  it('says it could not copy, and keeps saying so, when the clipboard refuses or is missing', async () => {
    vi.useFakeTimers();
    for (const navigator of [{ clipboard: { writeText: () => Promise.reject(new Error('NotAllowedError')) } }, {}]) {
      vi.stubGlobal('navigator', navigator);
      const status = new CopyStatus();
      expect(await status.copy('<iframe>', 'コピーしました', 'コピーできませんでした')).toBe(false);
      vi.runAllTimers();
      expect(status.message).toBe('コピーできませんでした');
    }
  });
});
