import { cleanText } from '../plan/lex';
import { PlanTree, type PlanHierarchy } from '../plan/hierarchy';
import type { Plan, PlanNode } from '../plan/schema';
import { findItem, findLine } from './findAnchor';
import type { EditOp } from './ops';
import { DEFAULT_LEVELS } from '../plan/rules';

/** Heading for items taken out of the hierarchy: their text stays with the plan's other text. */
export const REMOVED_HEADING = '体系から外した項目';

const siblingsOf = (d: PlanHierarchy) => d.parent!.data.children;

/**
 * A level name for a node placed under a new parent: its own, unless that is the parent's;
 * then the name other items at that depth have, else the default name of the depth.
 */
function levelUnder(tree: PlanTree, node: PlanNode, parent: PlanHierarchy): string {
  if (!parent.parent || node.level !== parent.data.level) return node.level;
  const peer = tree
    .inOrder()
    .find((d) => d.depth === parent.depth + 1 && d.data !== node && d.data.level !== parent.data.level);
  return peer?.data.level ?? DEFAULT_LEVELS[parent.depth] ?? node.level;
}

/** Takes a node out, its children taking its place. */
function liftOut(d: PlanHierarchy): void {
  const siblings = siblingsOf(d);
  siblings.splice(siblings.indexOf(d.data), 1, ...d.data.children);
}

function uniqueId(tree: PlanTree, base: string): string {
  let id = base;
  for (let i = 2; tree.has(id); i++) id = `${base}-${i}`;
  return id;
}

type LineOp = Extract<EditOp, { kind: 'item' | 'vision' }>;
type ItemOp = Exclude<EditOp, LineOp>;
const isLineOp = (op: EditOp): op is LineOp => op.kind === 'item' || op.kind === 'vision';

/** Moves and changes of one item; false when the edit cannot apply where the item now is. */
function editItem(plan: Plan, tree: PlanTree, d: PlanHierarchy, op: ItemOp, lines: string[]): boolean {
  const n = d.data;
  const siblings = siblingsOf(d);
  const i = siblings.indexOf(n);
  switch (op.kind) {
    case 'indent': {
      if (i === 0) return false;
      const parent = tree.at(siblings[i - 1].id)!;
      n.level = levelUnder(tree, n, parent);
      siblings.splice(i, 1);
      parent.data.children.push(n);
      return true;
    }
    case 'outdent': {
      const parent = d.parent!;
      if (!parent.parent) return false;
      siblings.splice(i, 1);
      const outer = siblingsOf(parent);
      outer.splice(outer.indexOf(parent.data) + 1, 0, n);
      n.level = levelUnder(tree, n, parent.parent);
      return true;
    }
    case 'up':
    case 'down': {
      const j = op.kind === 'up' ? i - 1 : i + 1;
      if (j < 0 || j >= siblings.length) return false;
      [siblings[i], siblings[j]] = [siblings[j], siblings[i]];
      return true;
    }
    case 'remove':
      liftOut(d);
      plan.sections = [
        ...(plan.sections ?? []),
        {
          heading: REMOVED_HEADING,
          text: [`${n.code} ${n.title}`.trim(), n.description].filter(Boolean).join('\n'),
          line: n.line,
        },
      ];
      return true;
    case 'join': {
      const next = lines.findIndex((l, k) => k >= n.line && l.trim() !== '');
      if (next < 0) return false;
      const joined = tree.inOrder().filter((x) => x.data.line === next + 1 && x.data !== n);
      joined.forEach(liftOut);
      n.title = cleanText(`${n.title}${lines[next].trim()}`);
      return true;
    }
    case 'rename':
      if (!op.title.trim()) return false;
      n.title = op.title.trim();
      return true;
    case 'tag':
      n.tags = n.tags.includes(op.tag) ? n.tags.filter((t) => t !== op.tag) : [...n.tags, op.tag];
      return true;
    case 'level':
      if (!op.level.trim()) return false;
      for (const x of tree.inOrder()) if (x.depth === d.depth) x.data.level = op.level.trim();
      return true;
  }
}

/** A source line becomes an item after the item read just before it, at that item's depth. */
function makeItem(tree: PlanTree, line: number, lines: string[]): boolean {
  if (tree.inOrder().some((d) => d.data.line === line && d.parent)) return false;
  const before = tree
    .inOrder()
    .filter((d) => d.parent && d.data.line < line)
    .pop();
  const parent = before?.parent ?? tree.root;
  const siblings = parent.data.children;
  const node: PlanNode = {
    id: uniqueId(tree, `line-${line}`),
    level: before?.data.level ?? tree.root.children?.[0]?.data.level ?? '項目',
    code: '',
    title: cleanText(lines[line - 1]),
    description: '',
    tags: [],
    children: [],
    line,
  };
  siblings.splice(before ? siblings.indexOf(before.data) + 1 : 0, 0, node);
  return true;
}

/**
 * Applies one edit to a copy of the plan, given the source lines it was compiled from. Returns
 * the edited copy, or null when the edit no longer applies (its line or item is gone).
 */
export function applyEdit(plan: Plan, op: EditOp, lines: string[]): Plan | null {
  const copy = structuredClone(plan);
  const tree = new PlanTree(copy.root);
  if (isLineOp(op)) {
    const line = findLine(lines, op.at);
    if (line === null) return null;
    if (op.kind === 'item') return makeItem(tree, line, lines) ? copy : null;
    copy.vision = copy.root.title = cleanText(lines[line - 1]);
    tree
      .inOrder()
      .filter((d) => d.parent && d.data.line === line)
      .forEach(liftOut);
    return copy;
  }
  const d = findItem(tree, lines, op.at);
  return d && editItem(copy, tree, d, op, lines) ? copy : null;
}
