import { fold } from '../normalize';
import { bigrams, foldCode } from '../searchIndex';
import { kanjiOf, queryReading } from '../search';
import { NO_READINGS, type Readings } from '../../text/readings';
import { bigramKey, CHAR, charKey, codeKey, EXACT_TIERS, FIELD, TEXT_FIELDS } from './format';
import type { PostingList } from './postings';

/** A word of the query, folded as the index was. */
export interface Term {
  raw: string;
  text: string;
  code: string;
  /** The word's reading for the reading fields ('' when too short to be told apart), and its kanji. */
  reading: string;
  kanji: string[];
  /** Per text field, the word's distinct bigrams there, and for each position the index of its bigram. */
  fields: Grams[];
}

interface Grams {
  grams: string[];
  seq: number[];
}

function gramsOf(text: string): Grams {
  const grams = bigrams(text);
  return {
    grams,
    seq: Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => grams.indexOf(text.slice(i, i + 2))),
  };
}

/**
 * Codes are numbers, circled or roman numerals, parentheses and dashes (1-(2), ⑥, Ⅲ), or one
 * letter (ア); other words are not looked up as codes, which saves a shard per block.
 */
const CODE_LIKE = /[0-9０-９\u2460-\u24ff\u2160-\u217f\u3251-\u325f\u32b1-\u32bf()（）]/;
const codeOf = (raw: string) => (CODE_LIKE.test(raw) || [...raw].length === 1 ? foldCode(raw) : '');

export function termsOf(query: string, readings: Readings = NO_READINGS): Term[] {
  return query
    .split(/[\s\u3000]+/)
    .map((raw) => {
      const folded = fold(raw);
      const text = folded.text;
      const reading = text.length > 1 ? queryReading(folded, readings) : '';
      return {
        raw,
        text,
        code: codeOf(raw),
        reading,
        kanji: [...new Set(kanjiOf(text))],
        fields: TEXT_FIELDS.map((f) => gramsOf(f.reading ? reading : text)),
      };
    })
    .filter((t) => t.text || t.code);
}

/** The keys a term needs in every block (with a reading, its kanji too: the homophones guard reads them). */
export function keysOf(t: Term): string[] {
  const keys = t.code ? [codeKey(t.code)] : [];
  if (t.text.length === 1) keys.push(charKey(t.text));
  else keys.push(...new Set(t.fields.flatMap((f) => f.grams.map(bigramKey))));
  if (t.reading) keys.push(...t.kanji.map(charKey));
  return keys;
}

/** Tiers, best first: title or code, body, a typo (one wrong kana). */
export const TITLE = 0;
export const BODY = 1;
export const TYPO = EXACT_TIERS;
/** Terms of at least this many folded characters also find near spellings. */
export const TYPO_MIN_LENGTH = 3;

export interface TermMatch {
  exact: Map<number, number>;
  /** Docs whose best tier is the title by reading that also match the body by reading: where they go if the title's match is a homophone. */
  bodyToo: Set<number>;
  /** Docs whose title shares most of the term's bigrams: typo candidates, with how many. */
  near: Map<number, number>;
}

type Lookup = (key: string) => PostingList[];

const positionsAt = (l: PostingList, i: number) => l.pos!.subarray(l.offs![i], l.offs![i + 1]);

function has(sorted: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Docs where the term's bigrams stand one after another (so the word itself is there, not just
 * its pieces): intersect the lists from the shortest, then check positions.
 */
function exactIn(lists: PostingList[], seq: number[]): number[] {
  const order = lists.map((_, i) => i).sort((a, b) => lists[a].docs.length - lists[b].docs.length);
  const ptr = lists.map(() => 0);
  const at = lists.map(() => 0);
  const out: number[] = [];
  outer: for (const doc of lists[order[0]].docs) {
    for (const i of order) {
      const d = lists[i].docs;
      while (ptr[i] < d.length && d[ptr[i]] < doc) ptr[i]++;
      if (ptr[i] >= d.length) break outer;
      if (d[ptr[i]] !== doc) continue outer;
      at[i] = ptr[i];
    }
    const first = positionsAt(lists[seq[0]], at[seq[0]]);
    if (first.some((p) => seq.every((g, k) => has(positionsAt(lists[g], at[g]), p + k)))) out.push(doc);
  }
  return out;
}

function nearIn(lists: PostingList[], exact: Map<number, number>): Map<number, number> {
  const need = Math.max(2, lists.length - 2);
  const count = new Map<number, number>();
  for (const l of lists) for (const d of l.docs) count.set(d, (count.get(d) ?? 0) + 1);
  const near = new Map<number, number>();
  for (const [d, c] of count) if (c >= need && !exact.has(d)) near.set(d, c);
  return near;
}

/** One term in one block: exact docs with their tier, and typo candidates. */
export function matchTerm(t: Term, get: Lookup): TermMatch {
  const exact = new Map<number, number>();
  if (t.code) for (const d of get(codeKey(t.code))[0].docs) exact.set(d, TITLE);
  const bodyToo = new Set<number>();
  if (t.text.length === 1) for (const d of get(charKey(t.text))[CHAR.title].docs) exact.set(d, TITLE);
  if (t.text.length < 2) return { exact, bodyToo, near: new Map() };
  const lists = (field: number, of = field) => t.fields[of].grams.map((g) => get(bigramKey(g))[field]);
  const add = (docs: Iterable<number>, tier: number) => {
    for (const d of docs) exact.set(d, Math.min(exact.get(d) ?? tier, tier));
  };
  TEXT_FIELDS.forEach((field, f) => {
    if (!field.reading && t.fields[f].grams.length) add(exactIn(lists(f), t.fields[f].seq), field.tier);
  });
  if (t.reading) {
    add(byReading(t, FIELD.r, FIELD.t, lists, get), TEXT_FIELDS[FIELD.r].tier);
    const body = byReading(t, FIELD.rd, FIELD.d, lists, get);
    add(body, TEXT_FIELDS[FIELD.rd].tier);
    for (const d of body) if (exact.get(d) === TEXT_FIELDS[FIELD.r].tier) bodyToo.add(d);
  }
  // Near spellings of the title (the first field), as written.
  const title = t.fields[0].grams.map((g) => get(bigramKey(g))[0]);
  const near = t.text.length >= TYPO_MIN_LENGTH ? nearIn(title, exact) : new Map<number, number>();
  return { exact, bodyToo, near };
}

/**
 * Docs whose reading field holds the word's reading. A word written with kanji keeps only its
 * own spellings (the homophones guard of search.ts, sameWord): where the text writes the reading
 * in kana, or holds one of the word's kanji (search.ts's own test, in titles and in bodies); so
 * 講演 does not find 公園, while 支えあい finds 支え合い and 助け合い finds たすけあい. A word in
 * kana means the sound: every spelling.
 */
function byReading(
  t: Term,
  field: number,
  written: number,
  lists: (field: number, of?: number) => PostingList[],
  get: Lookup,
): number[] {
  const { seq } = t.fields[field];
  const docs = exactIn(lists(field), seq);
  if (!t.kanji.length || !docs.length) return docs;
  const kana = new Set(exactIn(lists(written, field), seq));
  const own = new Set(
    t.kanji.flatMap((c) => [...get(charKey(c))[field === FIELD.r ? CHAR.title : CHAR.bodyKanji].docs]),
  );
  return docs.filter((d) => kana.has(d) || own.has(d));
}

export interface BlockResult {
  /** Exact hits (every term found as written), by tier, ascending doc ids. */
  tiers: number[][];
  /** Hits where some term is only near: doc, bigrams shared, which terms need a typo check. */
  near: { doc: number; shared: number; typoTerms: number[] }[];
  /**
   * Docs in the title-by-reading tier: which terms (a bit each) matched only there, and which of
   * those also match the body by reading (where the doc goes if its title's match is a homophone).
   */
  byTitleReading: Map<number, { terms: number; bodyToo: number }>;
}

function titleReadingBits(matches: TermMatch[], d: number): { terms: number; bodyToo: number } {
  let terms = 0;
  let bodyToo = 0;
  matches.forEach((m, i) => {
    if (m.exact.get(d) === TEXT_FIELDS[FIELD.r].tier) terms |= 1 << i;
    if (m.bodyToo.has(d)) bodyToo |= 1 << i;
  });
  return { terms, bodyToo };
}

/** Every term of the query must match (AND); a doc's tier is its worst term's. */
export function matchBlock(terms: Term[], get: Lookup): BlockResult {
  const matches = terms.map((t) => matchTerm(t, get));
  const tiers: number[][] = Array.from({ length: EXACT_TIERS }, () => []);
  const near: BlockResult['near'] = [];
  const byTitleReading = new Map<number, { terms: number; bodyToo: number }>();
  const first = matches[0];
  const docs = [...new Set([...first.exact.keys(), ...first.near.keys()])].sort((a, b) => a - b);
  for (const d of docs) {
    let tier = 0;
    let shared = 0;
    const typoTerms: number[] = [];
    let ok = true;
    matches.forEach((m, i) => {
      const e = m.exact.get(d);
      if (e !== undefined) tier = Math.max(tier, e);
      else if (m.near.has(d)) {
        typoTerms.push(i);
        shared += m.near.get(d)!;
      } else ok = false;
    });
    if (!ok) continue;
    if (typoTerms.length) near.push({ doc: d, shared, typoTerms });
    else tiers[tier].push(d);
    if (tier === TEXT_FIELDS[FIELD.r].tier) byTitleReading.set(d, titleReadingBits(matches, d));
  }
  return { tiers, near, byTitleReading };
}
