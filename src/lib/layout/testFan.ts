// A regular plan for the layout tests: every item with k children down to a depth, named by its path.
import { PlanTree } from '../plan/hierarchy';
import type { PlanNode } from '../plan/schema';
import { partition } from './partition';

/** An item named by its id. */
export const item = (id: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level: 'x',
  code: '',
  title: id,
  description: '',
  tags: [],
  children,
  line: 1,
});

/** `id` with k children, each with k, … `depth` levels down. */
export const fan = (id: string, k: number, depth: number): PlanNode =>
  item(id, depth ? Array.from({ length: k }, (_, i) => fan(`${id}-${i + 1}`, k, depth - 1)) : []);

/** root → 2 goals → 5 each → 5 each: 2, 10 and 50 sectors in rings 1–3, partitioned. */
export const twoGoalCells = () => partition(new PlanTree(item('root', [fan('1', 5, 2), fan('2', 5, 2)])).root);
