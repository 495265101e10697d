import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../plan/schema';
import { slides } from './slides';
import { PlanTree } from '../plan/hierarchy';

const n = (id: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level: '',
  code: '',
  title: id,
  description: '',
  tags: [],
  children,
  line: 1,
});

describe('slides', () => {
  it('goes vision → goal → its items → next goal, two levels deep', () => {
    const root = n('root', [n('1', [n('1-1', [n('1-1-1')]), n('1-2')]), n('2', [n('2-1')])]);
    expect(slides(new PlanTree(root)).map((s) => s.id)).toEqual(['root', '1', '1-1', '1-2', '2', '2-1']);
  });
});
