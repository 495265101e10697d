import type { PlanTree } from '../plan/hierarchy';
import type { Evaluation } from './readProgress';

/** How an item's evaluated descendants stand in one year: count per symbol, in the scale's order. */
export type Rollup = Map<string, number>;

/** Each node's own evaluation for the year. */
export function statusesFor(evaluations: readonly Evaluation[], year: number): Map<string, Evaluation> {
  return new Map(evaluations.filter((e) => e.year === year).map((e) => [e.id, e]));
}

/**
 * For every item with evaluated items below it, the count of each status among them (the
 * item's own evaluation is not counted: it shows by itself).
 */
export function rollup(tree: PlanTree, statuses: ReadonlyMap<string, Evaluation>): Map<string, Rollup> {
  const out = new Map<string, Rollup>();
  for (const [id, e] of statuses) {
    for (const a of tree.at(id)?.ancestors().slice(1) ?? []) {
      const counts = out.get(a.data.id) ?? out.set(a.data.id, new Map()).get(a.data.id)!;
      counts.set(e.symbol, (counts.get(e.symbol) ?? 0) + 1);
    }
  }
  return out;
}
