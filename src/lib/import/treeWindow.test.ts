import { hierarchy } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../plan/schema';
import { treeWindow } from './treeWindow';

const node = (id: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level: '取組',
  code: '',
  title: id,
  description: '',
  tags: [],
  children,
  line: 1,
});
/** Items in reading order, the root left out (as the import page's editor lists them). */
const itemsOf = (root: PlanNode) => {
  const out: ReturnType<typeof hierarchy<PlanNode>>[] = [];
  hierarchy(root, (d) => d.children).eachBefore((d) => void out.push(d));
  return out.slice(1);
};

describe('treeWindow', () => {
  const chain = (n: number): PlanNode => (n === 0 ? node('c0') : node(`c${n}`, [chain(n - 1)]));
  const root = node('root', [node('a', [node('a1'), node('a2')]), chain(5)]);

  it('draws down to the depth limit and counts what is below it', () => {
    const w = treeWindow(itemsOf(root), null, 3, 100);
    expect([...w.shown]).toEqual(['a', 'a1', 'a2', 'c5', 'c4', 'c3']);
    expect(w.deep).toBe(3);
    expect(w.below.get('c3')).toBe(3);
    expect(w.more).toBe(0);
  });

  it('draws the first items up to the limit, and as far as the chosen item', () => {
    expect(treeWindow(itemsOf(root), null, 10, 2)).toMatchObject({ shown: new Set(['a', 'a1']), more: 7 });
    expect(treeWindow(itemsOf(root), 'c5', 10, 2).shown).toEqual(new Set(['a', 'a1', 'a2', 'c5']));
  });
});

describe('treeWindow in passes', () => {
  const flat = node(
    'root',
    Array.from({ length: 10 }, (_, i) => node(`n${i}`)),
  );

  it('draws at most `budget` new items a pass, and holds the rest of the page back', () => {
    const first = treeWindow(itemsOf(flat), null, 30, 8, { drawn: new Set(), budget: 3 });
    expect([...first.shown]).toEqual(['n0', 'n1', 'n2']);
    expect(first).toMatchObject({ pending: 5, more: 2 });
    const second = treeWindow(itemsOf(flat), null, 30, 8, { drawn: first.shown, budget: 3 });
    expect([...second.shown]).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    const third = treeWindow(itemsOf(flat), null, 30, 8, { drawn: second.shown, budget: 3 });
    expect(third).toMatchObject({ pending: 0, more: 2 });
    expect(third.shown.size).toBe(8);
  });

  it('always reaches the chosen item, whatever the budget', () => {
    expect([...treeWindow(itemsOf(flat), 'n6', 30, 2, { drawn: new Set(), budget: 1 }).shown]).toEqual([
      'n0',
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
      'n6',
    ]);
  });
});
