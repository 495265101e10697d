import { describe, expect, it } from 'vitest';
import type { PlanNode } from './schema';
import { PlanTree, branchOf, levelOf, openNodes } from './hierarchy';

const node = (id: string, level: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level,
  code: '',
  title: id,
  description: '',
  tags: [],
  children,
  line: 1,
});
const plan = node('root', '', [
  node('1', '基本目標', [node('1-1', '施策', [node('1-1-1', '取組')]), node('1-2', '施策')]),
  node('2', '基本目標', [node('2-1', '施策')]),
]);

describe('PlanTree', () => {
  const tree = new PlanTree(plan);

  it('finds nodes, parents and the path from the root', () => {
    expect(tree.node('1-1-1')?.title).toBe('1-1-1');
    expect(tree.parent(tree.node('1-1')!)?.id).toBe('1');
    expect(tree.parent(plan)).toBeNull();
    expect(tree.path(tree.node('1-1-1')!).map((n) => n.id)).toEqual(['root', '1', '1-1', '1-1-1']);
    expect(tree.has('9')).toBe(false);
  });

  it('gives each node the index of its top-level item, the root -1', () => {
    expect(['root', '1', '1-1-1', '1-2', '2', '2-1'].map((id) => branchOf(tree.at(id)!))).toEqual([-1, 0, 0, 0, 1, 1]);
  });

  it('lists nodes in reading order and knows the depth', () => {
    expect(tree.inOrder().map((d) => d.data.id)).toEqual(['root', '1', '1-1', '1-1-1', '1-2', '2', '2-1']);
    expect(tree.root.height).toBe(3);
  });

  it('calls the root the 基本理念 whatever its level field says', () => {
    expect(levelOf(tree.root)).toBe('基本理念');
    expect(levelOf(tree.at('1')!)).toBe('基本目標');
  });
});

describe('openNodes', () => {
  it('lists only what is open, in reading order', () => {
    const open = new Set(['root', '1']);
    expect(openNodes(plan, (n) => open.has(n.id)).map((d) => [d.data.id, d.depth])).toEqual([
      ['root', 0],
      ['1', 1],
      ['1-1', 2],
      ['1-2', 2],
      ['2', 1],
    ]);
  });
});
