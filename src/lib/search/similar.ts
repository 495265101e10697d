import type { PlanNode } from '../plan/schema';
import type { PlanTree } from '../plan/hierarchy';
import { bigrams } from './searchIndex';
import { normalize } from './normalize';

export interface Comparable {
  node: PlanNode;
  depth: number;
  grams: Set<string>;
}

/** A node prepared once for comparisons: its depth and the bigrams of its folded title. */
export function comparables(tree: PlanTree): Comparable[] {
  return tree.inOrder().map(({ data: n, depth }) => ({
    node: n,
    depth,
    grams: new Set(bigrams(normalize(`${n.title}${n.subtitle ?? ''}`))),
  }));
}

const jaccard = (a: readonly string[] = [], b: readonly string[] = []) => {
  if (!a.length || !b.length) return 0;
  const sb = new Set(b);
  const inter = a.filter((x) => sb.has(x)).length;
  return inter / (a.length + b.length - inter);
};

const dice = (a: Set<string>, b: Set<string>) => {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  return (2 * inter) / (a.size + b.size);
};

/** How alike two plan items are, 0–1: shared welfare themes, then shared wording. */
export function similarity(a: Comparable, b: Comparable): number {
  return 0.6 * jaccard(a.node.themes, b.node.themes) + 0.4 * dice(a.grams, b.grams);
}

/** The k items of another plan most like `item`, best first (the root never counts). */
export function mostSimilar(
  item: Comparable,
  others: Comparable[],
  k = 3,
  min = 0.15,
): { item: Comparable; score: number }[] {
  return others
    .filter((o) => o.depth > 0)
    .map((o) => ({ item: o, score: similarity(item, o) }))
    .filter((r) => r.score >= min)
    .sort((x, y) => y.score - x.score)
    .slice(0, k);
}

/**
 * The part of another plan that corresponds to a focused node, for synchronised zooming:
 * the most similar node at the same depth (the plans' levels line up: 基本目標 with 基本計画),
 * else at any depth; the root for the root.
 */
export function counterpart(item: Comparable, others: Comparable[]): PlanNode {
  if (item.depth === 0) return others[0].node;
  const score = (o: Comparable) => similarity(item, o) - 0.3 * Math.abs(o.depth - item.depth);
  const best = others.filter((o) => o.depth > 0).sort((x, y) => score(y) - score(x))[0];
  return best?.node ?? others[0].node;
}
