import { hierarchy } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../plan/schema';
import { treeWindow } from './treeWindow';

const node = (id: string, children: PlanNode[] = []): PlanNode => ({ id, level: '取組', code: '', title: id, description: '', tags: [], children, line: 1 });
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
