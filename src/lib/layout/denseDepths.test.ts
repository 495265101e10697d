import { describe, expect, it } from 'vitest';
import { PlanTree } from '../plan/hierarchy';
import type { PlanNode } from '../plan/schema';
import { denseDepths } from './denseDepths';
import { partition } from './partition';
import { windowOf } from './zoomWindow';

const n = (id: string, children: PlanNode[] = []): PlanNode => ({ id, level: 'x', code: '', title: id, description: '', tags: [], children, line: 1 });
const fan = (id: string, k: number, depth: number): PlanNode => n(id, depth ? Array.from({ length: k }, (_, i) => fan(`${id}-${i + 1}`, k, depth - 1)) : []);
// root → 2 goals → 5 each → 5 each: 2, 10 and 50 sectors in rings 1–3.
const cells = partition(new PlanTree(n('root', [fan('1', 5, 2), fan('2', 5, 2)])).root);

describe('denseDepths', () => {
  it('marks the rings with more sectors than the limit', () => {
    expect([...denseDepths(cells, windowOf(cells[0]), 3, 20)]).toEqual([3]);
    expect([...denseDepths(cells, windowOf(cells[0]), 3, 5)].sort()).toEqual([2, 3]);
  });
  it('never marks the first ring: it is the one a person zooms into next', () => {
    expect(denseDepths(cells, windowOf(cells[0]), 3, 0).has(1)).toBe(false);
  });
  it('counts only what the zoom shows', () => {
    const goal = windowOf(cells.find((c) => c.id === '1')!);
    // Under goal 1: 5 and 25 sectors.
    expect([...denseDepths(cells, goal, 2, 20)]).toEqual([3]);
    expect([...denseDepths(cells, goal, 2, 30)]).toEqual([]);
    expect([...denseDepths(cells, windowOf(cells[0]), 2, 20)]).toEqual([]);
  });
});
