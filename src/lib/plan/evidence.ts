/**
 * Evidence: what the rules (rows of rules.ts RULES) say about the lines, each with a weight,
 * proposed once from the one line analysis before any tree is built.
 *
 * - heading evidence (the token view): this line is a heading of rank r, with a level word,
 *   a compound code, or a number; this label introduces a list (list-header.*); a 体系図 row;
 * - family evidence (the line model): these lines count 1, 2, 3 as one level (family.*),
 *   weighed by findFamilies.ts (a level word on the items, a lead-in that declares their
 *   count, children under each);
 * - evidence both ways share: a numbered line of the plan's body is an item (its weight
 *   decides between trees), a run numbering page sections is not (family.sections), a
 *   residents' list (list-header.residents), a 〜subtitle〜 (title.subtitle), page furniture.
 *
 * The tree builders take their decisions from these rows; compile.ts weighs each tree by the
 * rows it honours.
 */
import { isSubtitle } from './draft';
import { findFamilies } from './findFamilies';
import { numberedLines } from './numberedLines';
import { LEVEL_WORDS, LIST_HEADERS, type RuleId } from './rules';
import type { Family, HeadingToken, Line, Token } from './types';

/** What a row claims about its lines. */
export type Claim =
  | 'item'
  | 'heading'
  | 'family'
  | 'not-family'
  | 'list-header'
  | 'table'
  | 'residents'
  | 'section'
  | 'subtitle'
  | 'furniture';

/** One row of evidence: a rule's claim about some source lines (1-based), with its weight. */
export interface Evidence {
  rule: RuleId;
  claim: Claim;
  lines: number[];
  weight: number;
  /** heading: the rank and level word the line gives (null: decided by its place). */
  rank?: number | null;
  level?: string | null;
  /** family: the run of lines, as findFamilies.ts weighed it. */
  family?: Family;
}

/** The evidence of one text, by the way of reading that resolves it. */
export interface EvidenceSet {
  rows: Evidence[];
  /** The numbered lines of the body (item evidence), by source line. */
  numbered: Map<number, Line>;
  /** The family rows' runs, in line order (indexes into the line model). */
  families: Family[];
}

/** A chapter list may still be the plan's own levels (第1章 …) in the heading way; the other furniture never is. */
const FURNITURE_WEIGHT: Partial<Record<RuleId, number>> = { 'back.chapter-list': 0.5 };

/** A heading row's rule: the rules-table row that makes the line a heading (the heading way records the same). */
export function headingRule(t: HeadingToken): RuleId {
  if (t.parts.length > 1) return 'heading.compound-code';
  if (t.level) return LEVEL_WORDS.some((l) => l.word === t.level) ? 'heading.level-word' : 'heading.level-suffix';
  return 'family.numbered';
}

const HEADER_RULE = {
  children: 'list-header.children',
  field: 'list-header.residents',
  description: 'list-header.description',
} as const;

/** Rows the token view proposes: headings with their rank, list headers, 体系図 rows. */
export function headingEvidence(tokens: readonly Token[]): Evidence[] {
  const rows: Evidence[] = [];
  for (const t of tokens) {
    if (t.kind === 'heading')
      rows.push({ rule: headingRule(t), claim: 'heading', lines: [t.line], weight: 1, rank: t.rank, level: t.level });
    else if (t.kind === 'header')
      rows.push({ rule: HEADER_RULE[t.header.kind], claim: 'list-header', lines: [t.line], weight: 1 });
    else if (t.kind === 'table') rows.push({ rule: 'table.hierarchy', claim: 'table', lines: [t.line], weight: 1 });
  }
  return rows;
}

/**
 * Residents' lists (list-header.residents): a header (地域住民のみなさんは …) and the bullets under
 * it. Recorded on the line model too (`resident`), so no family counts them as items.
 */
export function residentsEvidence(lines: Line[]): Evidence[] {
  const residents = LIST_HEADERS.filter((h) => h.kind === 'field');
  const rows: Evidence[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].num || !residents.some((h) => h.re.test(lines[i].text))) continue;
    lines[i].resident = 'header';
    const at = [lines[i].line];
    for (let j = i + 1; j < lines.length && lines[j].bullet; j++) {
      lines[j].resident = 'item';
      at.push(lines[j].line);
    }
    rows.push({ rule: 'list-header.residents', claim: 'residents', lines: at, weight: 1 });
  }
  return rows;
}

/** Rows every way shares: numbered body lines are items, section runs are not, subtitles, furniture. */
function sharedEvidence(lines: readonly Line[], numbered: Map<number, Line>): Evidence[] {
  const rows: Evidence[] = [];
  for (const l of lines) {
    if (l.furniture)
      rows.push({ rule: l.furniture, claim: 'furniture', lines: [l.line], weight: FURNITURE_WEIGHT[l.furniture] ?? 1 });
    else if (numbered.has(l.line))
      rows.push({ rule: 'choose.more-numbered', claim: 'item', lines: [l.line], weight: 1 });
    else if (l.num && l.num.scheme !== 'chapter')
      rows.push({ rule: 'family.sections', claim: 'section', lines: [l.line], weight: 1 });
    else if (isSubtitle(l.text)) rows.push({ rule: 'title.subtitle', claim: 'subtitle', lines: [l.line], weight: 1 });
  }
  return rows;
}

/** All the evidence of a text: the line model's (families, residents, shared) and the token view's (headings). */
export function proposeEvidence(lines: Line[], tokens: readonly Token[]): EvidenceSet {
  const residents = residentsEvidence(lines);
  const families = findFamilies(lines);
  const numbered = numberedLines(lines);
  // A run weighed below zero (page sections, a lone item, long prose lines) is evidence against reading it as one level.
  const familyRows: Evidence[] = families.map((f) => ({
    rule: f.rule,
    claim: f.score > 0 ? 'family' : 'not-family',
    lines: f.items.map((i) => lines[i].line),
    weight: Math.abs(f.score),
    family: f,
  }));
  return {
    rows: [...headingEvidence(tokens), ...familyRows, ...residents, ...sharedEvidence(lines, numbered)],
    numbered,
    families,
  };
}
