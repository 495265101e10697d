import { describe, expect, it, vi } from 'vitest';
import { Autosave } from './autosave';

/** A store whose writes finish when the test says. */
function slowStore() {
  const written: string[] = [];
  const finish: (() => void)[] = [];
  const write = (s: string) => new Promise<boolean>((resolve) => finish.push(() => (written.push(s), resolve(true))));
  return {
    written,
    write,
    finishNext: async () => (finish.shift()?.(), await Promise.resolve(), await Promise.resolve()),
  };
}

describe('Autosave', () => {
  it('writes one at a time, the newest last, and says saved only once the newest is written', async () => {
    const store = slowStore();
    const savedStates: boolean[] = [];
    const save = new Autosave(
      store.write,
      () => 0,
      (s) => savedStates.push(s),
    );
    save.change('一');
    save.change('一二');
    save.change('一二三');
    await store.finishNext();
    expect(savedStates.at(-1)).toBe(false);
    await store.finishNext();
    expect(store.written).toEqual(['一', '一二三']);
    expect(savedStates.at(-1)).toBe(true);
  });

  it('a long content waits for a pause, and flush writes it at once', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async () => true);
    const save = new Autosave(
      write,
      (s: string) => (s.length > 3 ? 400 : 0),
      () => {},
    );
    save.change('長い長いテキスト');
    vi.advanceTimersByTime(300);
    save.change('長い長いテキスト。');
    vi.advanceTimersByTime(300);
    expect(write).not.toHaveBeenCalled();
    save.flush();
    expect(write).toHaveBeenCalledWith('長い長いテキスト。');
    vi.useRealTimers();
  });

  it('a write that fails says not saved', async () => {
    const savedStates: boolean[] = [];
    const save = new Autosave(
      async () => false,
      () => 0,
      (s) => savedStates.push(s),
    );
    save.change('x');
    await vi.waitFor(() => expect(savedStates).toEqual([false, false]));
  });

  it('says unsaved from a change until its newest content is written, and still after a refused write', async () => {
    const store = slowStore();
    const save = new Autosave(
      store.write,
      () => 0,
      () => {},
    );
    expect(save.unsaved).toBe(false);
    save.change('一');
    save.change('一二');
    await store.finishNext();
    expect(save.unsaved).toBe(true);
    await store.finishNext();
    expect(save.unsaved).toBe(false);
    const said: boolean[] = [];
    const refused = new Autosave(
      async () => false,
      () => 0,
      (s) => said.push(s),
    );
    refused.change('x');
    await vi.waitFor(() => expect(said).toEqual([false, false]));
    expect(refused.unsaved).toBe(true);
  });
});
