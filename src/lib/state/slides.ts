import type { PlanNode } from '../plan/schema';
import type { PlanTree } from '../plan/hierarchy';

/**
 * The slides of a presentation, in speaking order: the vision, then each top-level goal
 * followed by its own items (基本目標1 → its 施策 → 基本目標2 …). Deeper items are read from
 * their parent's slide and the presenter's notes rather than given a slide each.
 */
export function slides(tree: PlanTree, depth = 2): PlanNode[] {
  return tree
    .inOrder()
    .filter((d) => d.depth <= depth)
    .map((d) => d.data);
}
