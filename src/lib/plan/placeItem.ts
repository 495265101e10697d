/**
 * Where a numbered heading goes in the open path (the stack of open nodes, outermost first):
 * under the node its compound code names (2-(1) under 2), or, for a plain number, beside the
 * open item of the same scheme, moving to the next parent when the numbering restarts at 1.
 */
import { attach, newDraft } from './draft';
import type { Draft, HeadingToken, Place, PlanHints } from './types';

const topOf = (p: Place) => p.stack[p.stack.length - 1] ?? p.root;

/** Makes `d` the innermost open node. */
export function reopen(p: Place, d: Draft): void {
  p.stack = [];
  for (let n: Draft | null = d; n && n !== p.root; n = n.parent) p.stack.push(n);
  p.stack.reverse();
}

/**
 * The last node in reading order (preorder) that passes `test`: walks the tree backwards
 * (children right to left, each subtree before its root), so the search stops at the most
 * recent match — usually a few nodes back — instead of listing every node for every heading.
 * Iterative, so any depth of nesting is fine.
 */
function lastInOrder(root: Draft, test: (d: Draft) => boolean): Draft | undefined {
  const todo: { d: Draft; open: boolean }[] = root.children.map((d) => ({ d, open: false }));
  while (todo.length) {
    const t = todo.pop()!;
    if (t.open) {
      if (test(t.d)) return t.d;
      continue;
    }
    todo.push({ d: t.d, open: true }, ...t.d.children.map((d) => ({ d, open: false })));
  }
  return undefined;
}

/** A compound code names its parent: (2)－1 and 重点目標 2-(1) go under the node numbered 2. */
export function compoundParent(p: Place, h: HeadingToken, warn: (line: number, message: string) => void): Draft {
  const prefix = h.parts.slice(0, -1).join('.');
  const fits = (d: Draft) =>
    (d.scheme !== h.scheme || d.parts.length < h.parts.length) &&
    (h.rank === null || d.rank === null || d.rank < h.rank);
  const found =
    lastInOrder(p.root, (d) => fits(d) && d.path.join('.') === prefix) ??
    p.stack.filter((d) => fits(d) && d.path.slice(1 - h.parts.length).join('.') === prefix).pop();
  if (found) reopen(p, found);
  // No parent: beside the open item of the same code (1-(2) after 1-(1)), never under it, so such lines do not nest ever deeper.
  else while (p.stack.length && !fits(topOf(p))) p.stack.pop();
  if (!found)
    warn(
      h.line,
      `「${h.code}」の上の項目(番号 ${prefix.replace(/\./g, '-')})が見つからないため、直前の項目の下(同じ番号の並びなら、その隣)に置きました。`,
    );
  return topOf(p);
}

/** Numbering back at 1 with no later parent left: a new unnamed block (or the hinted one). */
function extraBlock(
  p: Place,
  parent: Draft,
  h: HeadingToken,
  hints: PlanHints,
  warn: (line: number, message: string) => void,
): { parent: Draft; hint?: string } {
  const extra = hints.extraSections?.[p.extraUsed];
  const host = parent.parent ?? p.root;
  const d = attach(
    host,
    newDraft(
      {
        level: extra?.level ?? '(未分類)',
        title: extra?.title ?? '(見出しのない項目)',
        line: h.line,
        rank: parent.rank,
      },
      host,
    ),
  );
  p.extraUsed++;
  if (!extra)
    warn(
      h.line,
      '番号が 1 に戻りましたが、これに当たる上の項目が見つかりません。「(未分類)」としてまとめました。取込画面で名前を付けてください。',
    );
  return { parent: d, hint: extra ? `hints.extraSections: 「${extra.title}」を ${extra.level} として追加` : undefined };
}

/** Where a numbered item without a level word goes; handles numbering that restarts per block. */
export function placeItem(
  p: Place,
  h: HeadingToken,
  hints: PlanHints,
  warn: (line: number, message: string) => void,
): { parent: Draft; hint?: string } {
  while (p.stack.length && !topOf(p).level.length) p.stack.pop();
  // Siblings: pop deeper items of the same scheme (and bullets) until the scheme's parent.
  const same = p.stack.findLastIndex((d) => d.rank === null && d.scheme === h.scheme);
  if (same >= 0) p.stack = p.stack.slice(0, same);
  else while (p.stack.length && topOf(p).rank === null && topOf(p).scheme === null) p.stack.pop();
  const parent = topOf(p);
  if (h.parts[0] !== 1 || parent === p.root || parent.rank === null) return { parent };
  const run = (parent.parent?.children ?? []).filter((s) => s.level === parent.level);
  const used = parent.children.some((c) => c.scheme === h.scheme);
  const firstEmpty = run.find((s) => !s.children.some((c) => c.scheme === h.scheme));
  if (!used && !(firstEmpty && firstEmpty !== parent && !parent.children.length)) return { parent };
  let r: { parent: Draft; hint?: string } = { parent };
  if (firstEmpty && (used ? run.indexOf(firstEmpty) > run.indexOf(parent) : true)) r = { parent: firstEmpty };
  else if (used) r = extraBlock(p, parent, h, hints, warn);
  reopen(p, r.parent);
  return r;
}
