import type { PlanNode } from '../plan/schema';

export interface Row {
  node: PlanNode;
  parent: PlanNode | null;
  depth: number;
}

/** The nodes an outline shows, in reading order: a node's children only when it is open. */
export function visibleRows(root: PlanNode, isOpen: (n: PlanNode) => boolean): Row[] {
  const rows: Row[] = [];
  const visit = (n: PlanNode, parent: PlanNode | null, depth: number) => {
    rows.push({ node: n, parent, depth });
    if (isOpen(n)) for (const c of n.children) visit(c, n, depth + 1);
  };
  visit(root, null, 0);
  return rows;
}
