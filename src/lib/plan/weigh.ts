/**
 * Weighing a whole tree against the evidence (evidence.ts): which rows it honours, which it
 * breaks. A tree honours an item or heading row when the line became a node; a section,
 * residents, subtitle, list-header or furniture row when it did not; a 体系図 row when it became
 * a node or was read as the table's header; a family row when all its lines became nodes under
 * one parent, a not-family row (a run weighed at or below zero) when they did not.
 */
import { draftsInOrder } from './draft';
import type { Claim, Evidence, EvidenceSet } from './evidence';
import type { Draft, Mark } from './types';

/** Rows honoured and proposed, by claim. */
export type Tally = Record<Claim, { honoured: number; of: number; weight: number }>;

const CLAIMS: Claim[] = [
  'item',
  'heading',
  'family',
  'not-family',
  'list-header',
  'table',
  'residents',
  'section',
  'subtitle',
  'furniture',
];

/** Claims a tree honours by leaving the lines out of its nodes. */
const NOT_A_NODE = new Set<Claim>(['residents', 'section', 'subtitle', 'furniture', 'list-header']);

function honours(row: Evidence, parentOf: Map<number, Draft | null>, marks: ReadonlyMap<number, Mark>): boolean {
  if (row.claim === 'table') return row.lines.every((l) => parentOf.has(l) || marks.get(l)?.rule === 'table.hierarchy');
  if (NOT_A_NODE.has(row.claim)) return row.lines.every((l) => !parentOf.has(l));
  if (row.claim !== 'family' && row.claim !== 'not-family') return row.lines.every((l) => parentOf.has(l));
  const parents = new Set(row.lines.map((l) => parentOf.get(l)));
  const family = row.lines.every((l) => parentOf.has(l)) && parents.size === 1;
  return row.claim === 'family' ? family : !family;
}

/**
 * The evidence a tree honours, by claim: how many rows, of how many, and their weight. `marks`:
 * what the reading recorded per source line (a 体系図 header row is recorded as table.hierarchy).
 */
export function weigh(root: Draft, evidence: EvidenceSet, marks: ReadonlyMap<number, Mark> = new Map()): Tally {
  const parentOf = new Map<number, Draft | null>();
  for (const d of draftsInOrder(root).slice(1)) if (d.line > 0 && !parentOf.has(d.line)) parentOf.set(d.line, d.parent);
  const tally = Object.fromEntries(CLAIMS.map((c) => [c, { honoured: 0, of: 0, weight: 0 }])) as Tally;
  for (const row of evidence.rows) {
    const t = tally[row.claim];
    t.of++;
    if (!honours(row, parentOf, marks)) continue;
    t.honoured++;
    t.weight += row.weight;
  }
  return tally;
}

/**
 * How much one honoured row of each claim counts in a tree's score. The numbered lines placed as
 * items are compared first, on their own (choose.more-numbered, build.ts rankTrees); page furniture kept out of
 * the tree counts more than one heading made of it; a 体系図 row read as the table counts like a
 * heading (the table is the plan's own drawing of its tree).
 */
export const CLAIM_WEIGHT: Readonly<Record<Claim, number>> = {
  item: 100,
  heading: 1,
  family: 1,
  'not-family': 1,
  'list-header': 0,
  table: 1,
  residents: 1,
  section: 1,
  subtitle: 1,
  furniture: 3,
};

/** A tree's score: the weight of the evidence it honours. */
export const scoreOf = (t: Tally): number => CLAIMS.reduce((n, c) => n + CLAIM_WEIGHT[c] * t[c].weight, 0);

const CLAIM_NAMES: Readonly<Record<Claim, string>> = {
  item: '番号付きの行を項目に',
  heading: '見出し',
  family: '番号の並び',
  'not-family': '並びと読まない行',
  'list-header': '一覧の見出し',
  table: '体系図の表',
  residents: '住民の役割',
  section: 'ページの節',
  subtitle: '副題',
  furniture: 'ページの飾り',
};

/** 「番号付きの行を項目に 12/14・見出し 10/12 …」: the evidence a tree honours, of what the text proposes. */
export function describeTally(t: Tally): string {
  return CLAIMS.filter((c) => t[c].of > 0)
    .map((c) => `${CLAIM_NAMES[c]} ${t[c].honoured}/${t[c].of}`)
    .join('・');
}
