import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../plan/schema';
import { PlanTree } from '../plan/hierarchy';
import { comparables, counterpart, mostSimilar, similarity } from './similar';

const n = (id: string, title: string, themes: string[], children: PlanNode[] = []): PlanNode => ({
  id,
  level: 'x',
  code: '',
  title,
  description: '',
  tags: [],
  children,
  line: 1,
  themes,
});
const a = comparables(
  new PlanTree(
    n(
      'root',
      'A',
      [],
      [
        n(
          '1',
          'ボランティアの育成',
          ['volunteer'],
          [n('1-1', '災害ボランティアセンターの運営', ['volunteer', 'disaster'])],
        ),
        n('2', '成年後見制度の普及', ['rights']),
      ],
    ),
  ),
);
const b = comparables(
  new PlanTree(
    n(
      'root',
      'B',
      [],
      [
        n('1', '権利擁護の推進', ['rights'], [n('1-1', '成年後見制度の利用促進', ['rights'])]),
        n('2', '担い手を増やす', ['volunteer'], [n('2-1', '災害ボランティアの育成', ['volunteer', 'disaster'])]),
      ],
    ),
  ),
);
const find = (cs: typeof a, id: string) => cs.find((c) => c.node.id === id)!;

describe('similarity', () => {
  it('is higher for shared themes and shared words', () => {
    expect(similarity(find(a, '1-1'), find(b, '2-1'))).toBeGreaterThan(similarity(find(a, '1-1'), find(b, '2')));
    expect(similarity(find(a, '2'), find(b, '1-1'))).toBeGreaterThan(similarity(find(a, '2'), find(b, '2-1')));
  });

  it('ranks the most similar items of another plan first and leaves out unrelated ones', () => {
    const r = mostSimilar(find(a, '2'), b);
    expect(r[0].item.node.title).toBe('成年後見制度の利用促進');
    expect(r.map((x) => x.item.node.id)).not.toContain('2-1');
  });

  it('finds the counterpart at the same depth for synchronised zooming', () => {
    expect(counterpart(find(a, '1'), b).id).toBe('2');
    expect(counterpart(find(a, '2'), b).id).toBe('1');
    expect(counterpart(find(a, 'root'), b).id).toBe('root');
  });
});
