import Fuse from 'fuse.js';
import { fold } from '../normalize';
import { foldCode, type SearchDoc } from '../searchIndex';
import {
  CODE_SCORE,
  DESCRIPTION,
  FUSE_OPTIONS,
  FUZZY,
  READING_BODY,
  READING_TITLE,
  readingSpans,
  titleScore,
  type Hit,
} from '../search';
import { toReading, type Readings } from '../../text/readings';
import { FIELD, type Fragment, type Manifest } from './format';
import { BODY, TITLE, type Term } from './matchBlock';

/** Each plan's first doc id, and one past the last (docs are in plan order). */
export function planStarts(m: Manifest): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of m.plans) {
    starts.push(at);
    at += p.docs;
  }
  return [...starts, at];
}

/** The plan of each doc id, from the manifest's per-plan counts. */
export function planOfDoc(m: Manifest): (doc: number) => number {
  const starts = planStarts(m).slice(0, -1);
  return (doc) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= doc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** A result's document as search.ts shows one, from its fragment (no body text: it is not shown). */
export function docOf(f: Fragment, planId: string): SearchDoc {
  const [nodeId, code, level, title, path, tags] = f;
  return {
    planId,
    nodeId,
    code,
    level,
    title,
    path,
    tags: tags as SearchDoc['tags'],
    t: fold(title),
    d: '',
    c: foldCode(code),
    r: '',
    rd: '',
  };
}

function occurrences(doc: SearchDoc, term: string): [number, number][] {
  const out: [number, number][] = [];
  if (!term) return out;
  const { text, map } = doc.t;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1))
    out.push([map[i], map[i + term.length - 1] + 1]);
  return out;
}

/** Scores of the tiers below the title: search.ts's, so both searches order hits alike. */
const TIER_SCORE = { [BODY]: DESCRIPTION, [FIELD.r]: READING_TITLE, [FIELD.rd]: READING_BODY } as Record<
  number,
  number
>;

function termScore(doc: SearchDoc, t: Term, tier: number): number {
  if (tier !== TITLE) return TIER_SCORE[tier] ?? DESCRIPTION;
  if (t.code && doc.c === t.code) return CODE_SCORE;
  const at = doc.t.text.indexOf(t.text);
  return at < 0 ? DESCRIPTION : titleScore(doc, t.text, at);
}

/** Where a word's reading stands in the title (the other spelling: たすけあい for 助け合い), kept by the same guard. */
function readingRanges(doc: SearchDoc, t: Term, readings: Readings): [number, number][] {
  if (!t.reading) return [];
  // The whole word where its full reading stands, else the stem the match was made with (as search.ts).
  const read = toReading(doc.t, readings);
  const full = toReading(fold(t.raw), readings).text;
  const whole = full === t.reading ? [] : readingSpans(read, doc.title, full, t.text);
  return whole.length ? whole : readingSpans(read, doc.title, t.reading, t.text);
}

/**
 * The words (a bit per term) whose title hit by reading the guard refuses where it stands: a word
 * written with kanji that is neither in the title as written nor at a spot that spells the same
 * word (search.ts sameWord). 0 when every word stands.
 */
export function strangerTerms(doc: SearchDoc, terms: Term[], readings: Readings): number {
  const read = toReading(doc.t, readings).text;
  const stranger = (t: Term) =>
    t.reading !== '' &&
    t.kanji.length > 0 &&
    read.includes(t.reading) &&
    !occurrences(doc, t.text).length &&
    !readingRanges(doc, t, readings).length;
  return terms.reduce((bits, t, i) => (stranger(t) ? bits | (1 << i) : bits), 0);
}

/** An exact hit as shown: score for the order within its plan, ranges to highlight in the title. */
export function exactHit(doc: SearchDoc, terms: Term[], tier: number, readings: Readings): Hit {
  const score = terms.reduce((s, t) => s + termScore(doc, t, tier), 0) / terms.length;
  const ranges = terms.flatMap((t) => {
    const written = occurrences(doc, t.text);
    return written.length || tier < FIELD.r ? written : readingRanges(doc, t, readings);
  });
  const field =
    tier === BODY || tier === FIELD.rd
      ? 'description'
      : terms.some((t) => t.code && doc.c === t.code)
        ? 'code'
        : 'title';
  return { doc, score, ranges, field, via: tier >= FIELD.r ? 'reading' : 'exact' };
}

/**
 * Typo check: fuse.js scores the few candidates the bigram counts found, on their titles, for
 * every term that was only near (the same settings as search.ts). Returns the hits that pass.
 */
export function typoHits(cands: { doc: SearchDoc; typoTerms: number[] }[], terms: Term[]): Hit[] {
  const items = cands.map((c, id) => ({ id, t: c.doc.t.text, c: '', d: '' }));
  const passed = cands.map(() => ({ ok: true, score: 0, ranges: [] as [number, number][] }));
  terms.forEach((t, i) => {
    const need = cands.map((c) => c.typoTerms.includes(i));
    if (!need.some(Boolean)) return;
    const found = new Map(
      new Fuse(
        items.filter((x) => need[x.id]),
        FUSE_OPTIONS,
      )
        .search(t.text)
        .map((r) => [r.item.id, r]),
    );
    cands.forEach((c, id) => {
      if (!need[id]) return;
      const r = found.get(id);
      if (!r) return void (passed[id].ok = false);
      passed[id].score += r.score ?? 0;
      const idx = r.matches?.find((m) => m.key === 't')?.indices ?? [];
      passed[id].ranges.push(
        ...idx
          .filter(([a, b]) => b - a + 1 >= 2)
          .map(([a, b]) => [c.doc.t.map[a], c.doc.t.map[b] + 1] as [number, number]),
      );
    });
  });
  return cands.flatMap((c, id) => {
    const p = passed[id];
    if (!p.ok) return [];
    const exact = terms.flatMap((t, i) => (c.typoTerms.includes(i) ? [] : occurrences(c.doc, t.text)));
    return [
      {
        doc: c.doc,
        score: FUZZY + p.score / c.typoTerms.length,
        ranges: [...exact, ...p.ranges],
        field: 'title' as const,
        via: 'typo' as const,
      },
    ];
  });
}
