import { hierarchy } from 'd3-hierarchy';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { PlanHierarchy } from '../plan/hierarchy';
import { node, planOf } from '../state/testViewer.svelte';
import { DrawnTree } from './drawnTree.svelte';

/** A flat plan of `n` items, in reading order without its root (as the import page's editor lists them). */
function itemsOf(n: number): PlanHierarchy[] {
  const plan = planOf(
    node(
      'root',
      '計画',
      Array.from({ length: n }, (_, i) => node(`${i}`, `取組 ${i}`)),
    ),
  );
  const out: PlanHierarchy[] = [];
  hierarchy(plan.root, (d) => d.children).eachBefore((d) => void out.push(d));
  return out.slice(1);
}

describe('DrawnTree', () => {
  it('draws a long plan a few items a task until a page is drawn, then a page more on 続きを表示', async () => {
    const items = itemsOf(400);
    const drawing = new DrawnTree(() => ({ items, current: null }));
    const sizes = new Set<number>();
    const cleanup = $effect.root(() => {
      $effect(() => drawing.drawRest());
    });
    const drawnReaches = (n: number) =>
      vi.waitFor(() => {
        flushSync();
        sizes.add(drawing.view.shown.size);
        expect(drawing.view.shown.size).toBe(n);
        expect(drawing.view.pending).toBe(0);
      });
    await drawnReaches(150);
    expect(Math.min(...sizes)).toBeLessThanOrEqual(25);
    expect(drawing.view.more).toBe(250);
    drawing.showMore();
    await drawnReaches(300);
    cleanup();
  });

  it('draws the item moved to, however far down it is', () => {
    const items = itemsOf(400);
    const drawing = new DrawnTree(() => ({ items, current: '399' }));
    expect(drawing.view.shown.has('399')).toBe(true);
  });
});
