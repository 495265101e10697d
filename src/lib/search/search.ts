import Fuse, { type IFuseOptions } from 'fuse.js';
import { fold, type Folded } from './normalize';
import { bigrams, foldCode, type SearchDoc, type SearchIndex } from './searchIndex';
import { hasKanji, MIN_READING, queryReading, toReading } from '../text/readings';
export { MIN_READING, queryReading };

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** Where the query matched the title, as [start, end) in the original title. */
  ranges: [number, number][];
  field: 'title' | 'code' | 'description';
  /** How the worst-matching word of the query matched: as written, by its reading, or as a typo. */
  via: 'exact' | 'reading' | 'typo';
}

export interface SearchResult {
  hits: Hit[];
  total: number;
  terms: string[];
}

/**
 * fuse.js settings, measured with npm run bench: fuse.js scores edit distance, which on 2–3
 * kana is nearly the whole word, so it only ranks the typo candidates that the bigram
 * prefilter found (never the whole corpus); ignoreLocation because Japanese titles put the key
 * word anywhere; threshold 0.34 keeps ボランテア → ボランティア and drops ボランティア → ランチ.
 */
export const FUSE_OPTIONS: IFuseOptions<{ id: number; t: string; c: string; d: string }> = {
  keys: [
    { name: 't', weight: 3 },
    { name: 'c', weight: 1 },
    { name: 'd', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.34,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
};
const MAX_FUZZY = 300;
/** Scores: exact title 0–0.1, code 0.08, description 0.3, reading 0.32/0.36, typo 0.4–0.74. Lower is better. */
export const CODE_SCORE = 0.08;
export const DESCRIPTION = 0.3;
export const READING_TITLE = 0.32;
export const READING_BODY = 0.36;
export const FUZZY = 0.4;
/** Where a word was found, as Scratch.field keeps it: the best field of any word (the lowest code). */
const FIELD = { none: 0, title: 1, code: 2, description: 3 } as const;
type FieldCode = (typeof FIELD)[keyof typeof FIELD];
/** How a word was found, as Scratch.via keeps it: the worst of any word (the highest code). */
const MATCH = { exact: 0, reading: 1, typo: 2 } as const;
type MatchCode = (typeof MATCH)[keyof typeof MATCH];
const MATCH_NAMES = ['exact', 'reading', 'typo'] as const satisfies Record<MatchCode, Hit['via']>;
const FIELD_NAMES = ['title', 'title', 'code', 'description'] as const satisfies Record<FieldCode, Hit['field']>;

const EMPTY = new Uint32Array(0);

function intersect(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length;) {
    if (a[i] < b[j]) i++;
    else if (b[j] < a[i]) j++;
    else {
      out.push(a[i]);
      i++;
      j++;
    }
  }
  return out;
}

function union(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i]);
      i++;
      j++;
    }
  }
  return out;
}

function intersectAll(map: Map<string, Uint32Array>, keys: string[]): ArrayLike<number> {
  const lists = keys.map((k) => map.get(k) ?? EMPTY).sort((a, b) => a.length - b.length);
  let acc: ArrayLike<number> = lists[0] ?? EMPTY;
  for (let i = 1; i < lists.length && acc.length; i++) acc = intersect(acc, lists[i]);
  return acc;
}

export function titleScore(doc: SearchDoc, term: string, at: number): number {
  return (doc.t.text === term ? 0 : at === 0 ? 0.02 : 0.05) + 0.05 * (1 - term.length / doc.t.text.length);
}

/**
 * Homophones guard: a query written with kanji matches by reading only where the text at that
 * spot is kana, or where the kanji of one are all among the other's, i.e. another spelling of
 * the same word (支えあい finds 支え合い, 取組 finds 取り組み, 助け合い finds たすけあい). Readings
 * alone would let 講演 find 公園, and let spans across word boundaries pass (中止 → 中心,
 * 社会 → 者会): with each of the seeds' 606 kanji words as a query, it drops 161 of 254
 * reading-only title hits, all strangers, and keeps 93 (取組 → 取り組み, 繋がる → つながる).
 * A query in kana means the sound, so it matches every spelling (こうけん finds 後見 and 貢献).
 */
export function sameWord(query: string, span: string): boolean {
  const q = kanjiOf(query);
  const s = kanjiOf(span);
  if (!q.length || !s.length) return true;
  return q.every((c) => s.includes(c)) || s.every((c) => q.includes(c));
}

export const kanjiOf = (s: string) => [...s].filter(hasKanji);

/** Where the query's reading occurs in a text's reading and passes the guard, as [start, end) in `original`. */
export function readingSpans(read: Folded, original: string, reading: string, query: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = read.text.indexOf(reading); at >= 0; at = read.text.indexOf(reading, at + 1)) {
    const span: [number, number] = [read.map[at], read.map[at + reading.length - 1] + 1];
    if (sameWord(query, original.slice(span[0], span[1]))) out.push(span);
  }
  return out;
}

/** The title's reading with its map to the title, made again for the few docs a reading hits (docs keep only the text). */
const titleReading = (index: SearchIndex, doc: SearchDoc) => toReading(doc.t, index.readings);

/**
 * Where one doc holds a reading: nowhere, in the title's reading, or in the body's. Bodies
 * keep no map (most are never hit, and a map per character doubles the index), so there the
 * guard is looser: the body holds the reading in kana, or one of a kanji query's kanji.
 */
function readingField(index: SearchIndex, doc: SearchDoc, reading: string, query: string): FieldCode {
  if (doc.r.includes(reading) && readingSpans(titleReading(index, doc), doc.title, reading, query).length)
    return FIELD.title;
  if (!doc.rd.includes(reading)) return FIELD.none;
  return !hasKanji(query) || doc.d.includes(reading) || kanjiOf(query).some((c) => doc.d.includes(c))
    ? FIELD.description
    : FIELD.none;
}

interface Scratch {
  score: Float64Array;
  field: Uint8Array; // a FieldCode: the best field of any word
  via: Uint8Array; // a MatchCode: the worst of any word
  seen: Uint32Array; // generation stamps: doc is in the current result set
  gen: number;
  count: Uint8Array; // shared bigrams per doc, for typo candidates
  fuzzyRanges: Map<number, [number, number][]>;
}
const scratchOf = new WeakMap<SearchIndex, Scratch>();

/**
 * Docs that may hold the term (all its bigrams) in their text, or its reading in their reading:
 * reading postings cover docs whose reading differs from their text, text postings the rest.
 */
function candidatesOf(
  index: SearchIndex,
  grams: string[],
  term: string,
  reading: string,
  within: ArrayLike<number> | null,
): number[] {
  let out = union(intersectAll(index.title2, grams), intersectAll(index.body2, grams));
  if (reading) {
    const rg = bigrams(reading);
    out = union(out, union(intersectAll(index.titleR2, rg), intersectAll(index.bodyR2, rg)));
    if (reading !== term) out = union(out, union(intersectAll(index.title2, rg), intersectAll(index.body2, rg)));
  }
  return within ? intersect(out, within) : out;
}

/** Scores one folded term; returns the ids it matches (restricted to `within` when given). */
function matchTerm(
  index: SearchIndex,
  raw: string,
  within: ArrayLike<number> | null,
  s: Scratch,
  first: boolean,
): number[] {
  const folded = fold(raw);
  const term = folded.text;
  const reading = readingOf(index, folded);
  const code = foldCode(raw);
  const docs = index.docs;
  const hits: number[] = [];
  const inWithin = (id: number) => first || s.seen[id] === s.gen;
  const add = (id: number, score: number, field: FieldCode, via: MatchCode = MATCH.exact) => {
    if (first) {
      s.score[id] = score;
      s.field[id] = field;
      s.via[id] = via;
    } else {
      s.score[id] += score;
      s.field[id] = Math.min(s.field[id], field);
      s.via[id] = Math.max(s.via[id], via);
    }
    hits.push(id);
  };

  const byCode = index.codes.get(code);
  const taken = new Set<number>();
  for (const id of byCode ?? EMPTY) {
    if (!inWithin(id)) continue;
    add(id, CODE_SCORE, FIELD.code);
    taken.add(id);
  }

  if (term.length === 1) {
    // A first keystroke: titles that contain the character.
    for (const id of index.title1.get(term) ?? EMPTY)
      if (!taken.has(id) && inWithin(id))
        add(id, titleScore(docs[id], term, docs[id].t.text.indexOf(term)), FIELD.title);
    return hits;
  }
  if (!term) return hits;

  const grams = bigrams(term);
  const exact = new Set<number>(taken);
  for (const id of candidatesOf(index, grams, term, reading, within)) {
    if (taken.has(id)) continue;
    const doc = docs[id];
    const at = doc.t.text.indexOf(term);
    if (at >= 0) add(id, titleScore(doc, term, at), FIELD.title);
    else if (doc.d.includes(term)) add(id, DESCRIPTION, FIELD.description);
    else {
      const field = reading ? readingField(index, doc, reading, term) : FIELD.none;
      if (!field) continue;
      add(id, field === FIELD.title ? READING_TITLE : READING_BODY, field, MATCH.reading);
    }
    exact.add(id);
  }
  if (term.length < 3) return hits;

  // Typo tolerance: docs sharing most of the term's bigrams (one wrong kana breaks at most two),
  // then fuse.js scores those few.
  const need = Math.max(2, grams.length - 2);
  const touched: number[] = [];
  for (const g of grams.slice(0, 255)) {
    const t = index.title2.get(g) ?? EMPTY;
    const b = index.body2.get(g) ?? EMPTY;
    for (const id of t.length && b.length ? union(t, b) : t.length ? t : b) if (s.count[id]++ === 0) touched.push(id);
  }
  const fuzzy: number[] = [];
  for (const id of touched) {
    if (s.count[id] >= need && !exact.has(id) && inWithin(id)) fuzzy.push(id);
  }
  fuzzy.sort((a, b) => s.count[b] - s.count[a]);
  for (const id of touched) s.count[id] = 0;
  fuzzy.length = Math.min(fuzzy.length, MAX_FUZZY);
  if (!fuzzy.length) return hits;
  const fuse = new Fuse(
    fuzzy.map((id) => ({ id, t: docs[id].t.text, c: docs[id].c, d: docs[id].d })),
    FUSE_OPTIONS,
  );
  for (const r of fuse.search(term)) {
    const doc = docs[r.item.id];
    const tm = r.matches?.find((m) => m.key === 't');
    const ranges = (tm?.indices ?? [])
      .filter(([a, b]) => b - a + 1 >= 2)
      .map(([a, b]) => [doc.t.map[a], doc.t.map[b] + 1] as [number, number]);
    s.fuzzyRanges.set(r.item.id, [...(s.fuzzyRanges.get(r.item.id) ?? []), ...ranges]);
    add(r.item.id, FUZZY + (r.score ?? 0), tm ? FIELD.title : FIELD.description, MATCH.typo);
  }
  return hits;
}

const readingOf = (index: SearchIndex, folded: Folded) => queryReading(folded, index.readings);

/** Title ranges of a reading hit: the whole word where its full reading occurs, else its stem. */
function readingRanges(index: SearchIndex, doc: SearchDoc, word: { folded: Folded; stem: string }): [number, number][] {
  if (!word.stem || !doc.r.includes(word.stem)) return [];
  const full = toReading(word.folded, index.readings).text;
  const read = titleReading(index, doc);
  const whole = full === word.stem ? [] : readingSpans(read, doc.title, full, word.folded.text);
  return whole.length ? whole : readingSpans(read, doc.title, word.stem, word.folded.text);
}

function occurrences(hay: string, needle: string): number[] {
  const at: number[] = [];
  if (!needle) return at;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) at.push(i);
  return at;
}

function mergeRanges(r: [number, number][]): [number, number][] {
  const sorted = [...r].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

/**
 * Searches for every word of the query (AND), best first. Work is bounded by the candidates
 * the postings give, not by the corpus; ranking a large result uses buckets (linear), and
 * highlight ranges are computed only for the hits returned.
 */
export function search(index: SearchIndex, query: string, limit = 200): SearchResult {
  const terms = query.split(/[\s\u3000]+/).filter((w) => fold(w).text || foldCode(w));
  if (!terms.length) return { hits: [], total: 0, terms };
  let s = scratchOf.get(index);
  if (!s)
    scratchOf.set(
      index,
      (s = {
        score: new Float64Array(index.docs.length),
        field: new Uint8Array(index.docs.length),
        via: new Uint8Array(index.docs.length),
        seen: new Uint32Array(index.docs.length),
        gen: 0,
        count: new Uint8Array(index.docs.length),
        fuzzyRanges: new Map(),
      }),
    );
  s.fuzzyRanges = new Map();
  // Longest term first: it is the rarest, and narrows the rest.
  const order = [...terms].sort((a, b) => fold(b).text.length - fold(a).text.length);
  let ids: number[] = [];
  order.forEach((term, i) => {
    const within = i === 0 ? null : ids;
    ids = matchTerm(index, term, within, s, i === 0).sort((a, b) => a - b);
    s.gen++;
    for (const id of ids) s.seen[id] = s.gen;
  });

  // Rank: a full sort when small, else buckets of 0.01 in score (order within a bucket: the plan's).
  let ranked: number[];
  if (ids.length <= 5000) ranked = ids.sort((a, b) => s.score[a] - s.score[b] || a - b);
  else {
    const buckets: number[][] = [];
    for (const id of ids) (buckets[Math.min(299, Math.floor((s.score[id] / order.length) * 100))] ??= []).push(id);
    ranked = [];
    for (const b of buckets) if (b) for (const id of b) if (ranked.length < limit) ranked.push(id);
  }
  const words = terms.map((t) => fold(t)).map((f) => ({ folded: f, text: f.text, stem: readingOf(index, f) }));
  const hits: Hit[] = ranked.slice(0, limit).map((id) => {
    const doc = index.docs[id];
    const exact = words.flatMap((w) =>
      occurrences(doc.t.text, w.text).map(
        (i) => [doc.t.map[i], doc.t.map[i + w.text.length - 1] + 1] as [number, number],
      ),
    );
    const byReading = words.flatMap((w) => readingRanges(index, doc, w));
    const field = FIELD_NAMES[s.field[id] as FieldCode] ?? 'title';
    return {
      doc,
      score: s.score[id] / order.length,
      ranges: mergeRanges([...exact, ...byReading, ...(s.fuzzyRanges.get(id) ?? [])]),
      field,
      via: MATCH_NAMES[s.via[id] as MatchCode],
    };
  });
  return { hits, total: ids.length, terms };
}
