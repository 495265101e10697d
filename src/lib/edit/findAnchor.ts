import type { PlanHierarchy, PlanTree } from '../plan/hierarchy';
import type { ItemAnchor, LineAnchor } from './ops';

/** Lines whose text matches the anchor's, nearest to where it was first. */
export function findLine(lines: string[], at: LineAnchor): number | null {
  let best: number | null = null;
  lines.forEach((l, i) => {
    if (l.trim() !== at.text) return;
    if (best === null || Math.abs(i + 1 - at.line) < Math.abs(best - at.line)) best = i + 1;
  });
  return best;
}

/**
 * The item an edit was anchored to: one read from a line with the same text, preferring the
 * same title (one line may yield several items), then the nearest line. Null when none is left.
 */
export function findItem(tree: PlanTree, lines: string[], at: ItemAnchor): PlanHierarchy | null {
  const candidates = tree.inOrder().filter((d) => d.parent && lines[d.data.line - 1]?.trim() === at.text);
  const rank = (d: PlanHierarchy) => (d.data.title === at.title ? 0 : 1_000_000) + Math.abs(d.data.line - at.line);
  return candidates.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** The anchor of an item in the current text. */
export const anchorOf = (n: { line: number; title: string }, lines: string[]): ItemAnchor => ({
  line: n.line,
  text: lines[n.line - 1]?.trim() ?? '',
  title: n.title,
});
