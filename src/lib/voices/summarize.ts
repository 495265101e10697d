import type { PlanTree } from '../plan/hierarchy';
import type { PlanNode } from '../plan/schema';
import { KINDS, type Opinion, type VoiceBook } from './types';

/** Counts by a label (kind or 地区), in a fixed order for kinds and by first appearance otherwise. */
export type Tally = { label: string; n: number }[];

/** One item of the plan with what was said about it and below it. */
export interface SummaryRow {
  node: PlanNode;
  /** 1 for a 基本目標, 2 for a 施策, 3 and deeper for 取組 */
  depth: number;
  opinions: Opinion[];
  /** Opinions on this item and every item below it. */
  total: number;
  kinds: Tally;
  districts: Tally;
}

/** Blank kinds and 地区 are counted under these words, so every opinion is in each table. */
export const NO_KIND = '(種類なし)';
export const NO_DISTRICT = '(地区なし)';

export function tally(opinions: readonly Opinion[], key: (o: Opinion) => string, order: readonly string[] = []): Tally {
  const counts = new Map<string, number>(order.map((k) => [k, 0]));
  for (const o of opinions) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 0).map(([label, n]) => ({ label, n }));
}

const kindOf = (o: Opinion) => o.kind || NO_KIND;
const districtOf = (o: Opinion) => o.district || NO_DISTRICT;

/**
 * 「意見のまとめ」: the plan's items in their order (基本目標 → 施策 → 取組), each that has
 * opinions on it or below it, with its own opinions and counts per kind and per 地区 of all of
 * them. Opinions on the 基本理念 itself come first.
 */
export function summarize(
  tree: PlanTree,
  book: Pick<VoiceBook, 'opinions'>,
): { rows: SummaryRow[]; kinds: Tally; districts: Tally } {
  const byNode = new Map<string, Opinion[]>();
  for (const o of book.opinions) byNode.set(o.nodeId, [...(byNode.get(o.nodeId) ?? []), o]);
  for (const list of byNode.values()) list.sort((a, b) => a.at.localeCompare(b.at));
  const rows: SummaryRow[] = [];
  for (const d of tree.inOrder()) {
    const below = d.descendants().flatMap((x) => byNode.get(x.data.id) ?? []);
    if (!below.length) continue;
    rows.push({
      node: d.data,
      depth: d.depth,
      opinions: byNode.get(d.data.id) ?? [],
      total: below.length,
      kinds: tally(below, kindOf, KINDS),
      districts: tally(below, districtOf),
    });
  }
  const known = book.opinions.filter((o) => tree.has(o.nodeId));
  return { rows, kinds: tally(known, kindOf, KINDS), districts: tally(known, districtOf) };
}
