import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import type { PlanNode } from './schema';

/** A plan node in its place: d3's hierarchy gives ancestors, depth, height and descendants. */
export type PlanHierarchy = HierarchyNode<PlanNode>;

/** What the root of every plan is, in every view, export and slide. */
export const ROOT_LEVEL = '基本理念';

/** The level name to show for a node (the root is always the 基本理念). */
export const levelOf = (d: PlanHierarchy) => (d.parent ? d.data.level : ROOT_LEVEL);

/**
 * Index of the top-level item (基本目標 …) a node belongs to, -1 for the root. The one
 * branch index: every view colours by it.
 */
export function branchOf(d: PlanHierarchy): number {
  if (!d.parent) return -1;
  const path = d.ancestors();
  const top = path[path.length - 2];
  return top.parent!.children!.indexOf(top);
}

/**
 * One plan's hierarchy, built once and shared by every view, the search index, comparison,
 * slides and exports. Layouts that write onto nodes (d3.partition, d3.tree) take `copy()`.
 */
export class PlanTree {
  readonly root: PlanHierarchy;
  private readonly byId = new Map<string, PlanHierarchy>();

  constructor(root: PlanNode) {
    this.root = hierarchy(root, (d) => d.children);
    this.root.each((d) => this.byId.set(d.data.id, d));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  at(id: string): PlanHierarchy | undefined {
    return this.byId.get(id);
  }

  node(id: string): PlanNode | undefined {
    return this.byId.get(id)?.data;
  }

  parent(n: PlanNode): PlanNode | null {
    return this.byId.get(n.id)?.parent?.data ?? null;
  }

  /** Root first, the node last. */
  path(n: PlanNode): PlanNode[] {
    return (this.byId.get(n.id)?.ancestors() ?? []).reverse().map((d) => d.data);
  }

  branch(n: PlanNode): number {
    const d = this.byId.get(n.id);
    return d ? branchOf(d) : -1;
  }

  /** Every node in reading order (a parent before its children). */
  inOrder(): PlanHierarchy[] {
    const out: PlanHierarchy[] = [];
    this.root.eachBefore((d) => void out.push(d));
    return out;
  }
}

/** The nodes shown when only some are open, in reading order: a node's children only when it is open. */
export function openNodes(root: PlanNode, isOpen: (n: PlanNode) => boolean): PlanHierarchy[] {
  const out: PlanHierarchy[] = [];
  hierarchy(root, (d) => (isOpen(d) ? d.children : null)).eachBefore((d) => void out.push(d));
  return out;
}

/** Visits every node in reading order with its depth and parent: for counts, checks and tests. */
export function walk(node: PlanNode, visit: (n: PlanNode, depth: number, parent: PlanNode | null) => void): void {
  hierarchy(node, (d) => d.children).eachBefore((d) => visit(d.data, d.depth, d.parent?.data ?? null));
}
