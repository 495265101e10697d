import type { PlanNode } from '../plan/schema';
import { branchOf, type PlanHierarchy } from '../plan/hierarchy';

export interface Cell {
  id: string;
  node: PlanNode;
  depth: number;
  /** Angle span in [0, 1] of the full circle, and ring span in depth units. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  parentId: string | null;
  /** Index of the top-level branch this cell belongs to (-1 for the root): drives its colour. */
  branch: number;
}

/**
 * Lays a plan out as a partition: each leaf gets an equal share of the circle, so a branch's
 * angle shows how many concrete items it holds. The arithmetic of d3.partition (dice by leaf
 * count, one depth unit a ring, cells breadth first as descendants() lists them), read off the
 * plan's hierarchy without copying it or writing onto it: on a 20,000-item plan, copying and
 * laying out d3 nodes was the largest part of the first render.
 */
export function partition(tree: PlanHierarchy): Cell[] {
  const leaves = new Map<PlanHierarchy, number>();
  tree.eachAfter((d) => leaves.set(d, d.children ? d.children.reduce((s, c) => s + leaves.get(c)!, 0) : 1));
  const cell = (d: PlanHierarchy, x0: number, x1: number, branch: number): Cell => ({
    id: d.data.id,
    node: d.data,
    depth: d.depth,
    x0,
    x1,
    y0: d.depth,
    y1: d.depth + 1,
    parentId: d.parent?.data.id ?? null,
    branch,
  });
  const cells = [cell(tree, 0, 1, branchOf(tree))];
  const queue = [tree];
  for (let i = 0; i < queue.length; i++) {
    const d = queue[i];
    const parent = cells[i];
    const k = (parent.x1 - parent.x0) / leaves.get(d)!;
    let x = parent.x0;
    for (const c of d.children ?? []) {
      cells.push(cell(c, x, (x += leaves.get(c)! * k), d.parent ? parent.branch : branchOf(c)));
      queue.push(c);
    }
  }
  return cells;
}
