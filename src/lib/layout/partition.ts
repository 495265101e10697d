import { partition as d3partition } from 'd3-hierarchy';
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
 * angle shows how many concrete items it holds. Pure: lays out a copy, never the plan's own
 * hierarchy.
 */
export function partition(tree: PlanHierarchy): Cell[] {
  const h = tree.copy().sum((d) => (d.children.length ? 0 : 1));
  const laid = d3partition<PlanNode>().size([1, h.height + 1])(h);
  return laid.descendants().map((d) => ({
    id: d.data.id,
    node: d.data,
    depth: d.depth,
    x0: d.x0,
    x1: d.x1,
    y0: d.y0,
    y1: d.y1,
    parentId: d.parent?.data.id ?? null,
    branch: branchOf(d),
  }));
}
