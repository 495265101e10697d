import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Reveal, StartUp, treeOrder } from './startUp.svelte';
import { yieldToMain } from './yieldToMain';

/** Waits until the start-up's own task-by-task steps have run `n` times (each step is one yield). */
const tasks = async (n: number) => {
  for (let i = 0; i < n; i++) await yieldToMain();
};

describe('StartUp', () => {
  it('lets in the first piece at once and each next one in a later task, after what it waits for', async () => {
    let codeArrived!: () => void;
    const code = new Promise<void>((done) => (codeArrived = done));
    const startUp = new StartUp(['view', 'diagram', 'print'] as const, { diagram: () => code });
    expect([startUp.has('view'), startUp.has('diagram')]).toEqual([true, false]);
    await tasks(3);
    expect(startUp.has('diagram')).toBe(false);
    codeArrived();
    await tasks(3);
    expect([startUp.has('diagram'), startUp.has('print'), startUp.done]).toEqual([true, true, true]);
  });

  it('says when a piece is in: a press of 印刷 during the start-up waits for the printed sheets', async () => {
    let codeArrived!: () => void;
    const code = new Promise<void>((done) => (codeArrived = done));
    const startUp = new StartUp(['view', 'tools', 'print'] as const, { print: () => code });
    let printed = false;
    void startUp.reached('print').then(() => (printed = true));
    await tasks(3);
    expect([startUp.has('tools'), printed]).toEqual([true, false]);
    codeArrived();
    await tasks(3);
    expect(printed).toBe(true);
    await expect(startUp.reached('view')).resolves.toBeUndefined();
  });

  it('a piece whose code failed to load still comes, and so do the rest', async () => {
    const startUp = new StartUp(['view', 'diagram', 'print'] as const, {
      diagram: () => Promise.reject(new Error('offline')),
    });
    await tasks(4);
    expect(startUp.done).toBe(true);
  });
});

describe('Reveal', () => {
  it('shows a chunk at once, then one more chunk per task, then everything (items added later too)', async () => {
    const reveal = new Reveal(25, 10);
    const shown = () => Array.from({ length: 30 }, (_, i) => i).filter((i) => reveal.shows(i)).length;
    flushSync();
    expect(shown()).toBe(10);
    await yieldToMain();
    expect(shown()).toBe(20);
    await tasks(2);
    expect([shown(), reveal.done]).toEqual([30, true]);
  });

  it('a list shorter than a chunk is done at once', () => {
    expect(new Reveal(3, 10).done).toBe(true);
  });
});

describe('treeOrder', () => {
  it('numbers a tree top to bottom, parents before their children', () => {
    const leaf = (id: string) => ({ id, children: [] });
    const tree = { id: 'r', children: [{ id: '1', children: [leaf('1-1'), leaf('1-2')] }, leaf('2')] };
    expect([...treeOrder(tree)]).toEqual([
      ['r', 0],
      ['1', 1],
      ['1-1', 2],
      ['1-2', 3],
      ['2', 4],
    ]);
  });
});
