import type { PlanNode } from '../plan/schema';

/**
 * The slides of a presentation, in speaking order: the vision, then each top-level goal
 * followed by its own items (基本目標1 → its 施策 → 基本目標2 …). Deeper items are read from
 * the diagram and the speaker notes rather than given a slide each.
 */
export function slides(root: PlanNode, depth = 2): PlanNode[] {
  const out: PlanNode[] = [];
  const visit = (n: PlanNode, d: number) => {
    out.push(n);
    if (d < depth) n.children.forEach((c) => visit(c, d + 1));
  };
  visit(root, 0);
  return out;
}
