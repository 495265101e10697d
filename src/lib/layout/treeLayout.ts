import { hierarchy, tree } from 'd3-hierarchy';
import type { PlanNode } from '../plan/schema';
import { wrapText, wrappedWidth } from './wrapText';
import { branchOf } from '../plan/hierarchy';

export interface TreeOptions {
  fontSize: number;
  /** Width a label may take before it wraps, px. */
  labelWidth: number;
  /** Leaves have nothing to their right, so their labels may run wider (fewer lines, a shorter tree). */
  leafWidth: number;
  /** Horizontal distance between levels, px. */
  levelGap: number;
  lineHeight: number;
  /** Vertical gap between neighbouring labels, px. */
  gap: number;
}

export interface TreeItem {
  id: string;
  node: PlanNode;
  depth: number;
  /** Position of the node's dot: x grows with depth, y down the page. */
  x: number;
  y: number;
  lines: string[];
  height: number;
  /** How far the label reaches right of the dot, px. */
  reach: number;
  hasChildren: boolean;
  expanded: boolean;
  /** The last line holds the item's marks (【重点】【新規】), drawn bold. */
  tagLine: boolean;
  parentId: string | null;
  branch: number;
}

export interface TreeLink {
  id: string;
  source: { x: number; y: number };
  target: { x: number; y: number };
}

export interface TreeResult {
  items: TreeItem[];
  links: TreeLink[];
  /** Bounding box of everything drawn, labels included. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export const TREE_DEFAULTS: TreeOptions = {
  fontSize: 14,
  labelWidth: 220,
  leafWidth: 420,
  levelGap: 280,
  lineHeight: 1.35,
  gap: 10,
};

/** The label's box starts this far right of the dot and is this much wider than its text, px (as TreeView draws it). */
const LABEL_X = 10;
const LABEL_PAD = 12;
const labelOf = (n: PlanNode) => (n.code ? `${n.code} ${n.title}` : n.title);
const tagsOf = (n: PlanNode) => n.tags.map((t) => `【${t}】`).join('');

/**
 * Tidy tree of the expanded part of a plan (d3.tree), left to right. Labels wrap at phrase
 * boundaries; neighbours are separated by half of each one's label height plus a gap, so
 * wrapped labels never overlap however many lines they take.
 */
export function treeLayout(
  root: PlanNode,
  expanded: ReadonlySet<string>,
  options: Partial<TreeOptions> = {},
): TreeResult {
  const o = { ...TREE_DEFAULTS, ...options };
  const lineH = o.fontSize * o.lineHeight;
  const h = hierarchy(root, (d) => (expanded.has(d.id) ? d.children : []));
  const linesOf = new Map<string, string[]>();
  const widthOf = (d: { depth: number; children?: unknown[] }) =>
    d.depth === 0 ? o.labelWidth * 1.1 : d.children?.length ? o.labelWidth : o.leafWidth;
  // Marks take a line of their own under the title, so they count in the label's height.
  h.each((d) =>
    linesOf.set(d.data.id, [
      ...wrapText(labelOf(d.data), widthOf(d), o.fontSize).lines,
      ...(d.data.tags.length ? [tagsOf(d.data)] : []),
    ]),
  );
  const heightOf = (id: string) => (linesOf.get(id)?.length ?? 1) * lineH;
  const laid = tree<PlanNode>()
    .nodeSize([1, o.levelGap])
    .separation((a, b) => (heightOf(a.data.id) + heightOf(b.data.id)) / 2 + o.gap * (a.parent === b.parent ? 1 : 2))(h);

  const items: TreeItem[] = [];
  const links: TreeLink[] = [];
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  laid.each((d) => {
    const lines = linesOf.get(d.data.id) ?? [];
    const item: TreeItem = {
      id: d.data.id,
      node: d.data,
      depth: d.depth,
      x: d.y,
      y: d.x,
      lines,
      height: heightOf(d.data.id),
      reach: LABEL_X + wrappedWidth(lines, o.fontSize) + LABEL_PAD,
      hasChildren: d.data.children.length > 0,
      expanded: expanded.has(d.data.id) && d.data.children.length > 0,
      tagLine: d.data.tags.length > 0,
      parentId: d.parent?.data.id ?? null,
      branch: branchOf(d),
    };
    items.push(item);
    if (d.parent) links.push({ id: d.data.id, source: { x: d.parent.y, y: d.parent.x }, target: { x: d.y, y: d.x } });
    const w = widthOf(d);
    x0 = Math.min(x0, d.y - 12);
    x1 = Math.max(x1, d.y + 14 + w);
    y0 = Math.min(y0, d.x - item.height / 2);
    y1 = Math.max(y1, d.x + item.height / 2);
  });
  return { items, links, x0, x1, y0, y1 };
}
