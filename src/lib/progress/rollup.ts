import type { PlanTree } from '../plan/hierarchy';
import type { Evaluation } from './readProgress';
import type { Grade, Scale } from './scales';

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

/** A roll-up as consecutive shares of a whole, in the scale's order: from/to in [0, 1]. */
export function rollupParts(counts: Rollup, scale: Scale): { grade: Grade; n: number; from: number; to: number }[] {
  const grades = scale.grades.filter((g) => counts.get(g.symbol));
  const total = grades.reduce((s, g) => s + counts.get(g.symbol)!, 0);
  let at = 0;
  return grades.map((grade) => {
    const n = counts.get(grade.symbol)!;
    return { grade, n, from: at / total, to: (at += n) / total };
  });
}
