import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Plan, PlanNode, Tag } from '../plan/schema';
import { fold, type Folded } from './normalize';

/** One searchable node. Text is folded once, at build time (normalize.ts). */
export interface SearchDoc {
  planId: string;
  nodeId: string;
  title: string;
  code: string;
  level: string;
  tags: Tag[];
  /** Titles of the ancestors below the root: 基本目標 › 施策 › … */
  path: string[];
  t: Folded;
  d: string;
  /** The code in a comparable form: (1)－1 → (1)-1, ⑫ stays ⑫. */
  c: string;
}

/** Codes compare by their own characters: width and dash variants folded, nothing dropped. */
export const foldCode = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[－–—‐ー−]/g, '-').replace(/\s+/g, '').toLowerCase();

export interface SearchIndex {
  docs: SearchDoc[];
  /** Character bigram → ids of the docs whose folded text contains it (ascending). */
  grams: Map<string, Uint32Array>;
  /** Folded code → ids, so 1-(2) or ⑥ finds its node without a scan. */
  codes: Map<string, number[]>;
}

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** Where the query matched the title, as [start, end) in the original title. */
  ranges: [number, number][];
  field: 'title' | 'code' | 'description';
}

export interface SearchResult {
  hits: Hit[];
  total: number;
  terms: string[];
}

const bigrams = (s: string): string[] => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
};

export function docsOf(plan: Plan): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const visit = (n: PlanNode, path: string[]) => {
    if (n !== plan.root) {
      docs.push({
        planId: plan.id, nodeId: n.id, title: n.title, code: n.code, level: n.level, tags: n.tags, path,
        t: fold(n.title), d: fold(`${n.subtitle ?? ''} ${n.description} ${(n.residents ?? []).join(' ')}`).text, c: foldCode(n.code),
      });
    }
    const next = n === plan.root ? [] : [...path, n.title];
    n.children.forEach((c) => visit(c, next));
  };
  visit(plan.root, []);
  return docs;
}

/** Builds the index once per corpus: folding and bigram postings, so a keystroke does no text prep. */
export function buildIndex(docs: SearchDoc[]): SearchIndex {
  const lists = new Map<string, number[]>();
  const codes = new Map<string, number[]>();
  docs.forEach((doc, id) => {
    if (doc.c) codes.set(doc.c, [...(codes.get(doc.c) ?? []), id]);
    for (const g of bigrams(`${doc.t.text}\u0001${doc.d}\u0001${doc.c}`)) {
      let l = lists.get(g);
      if (!l) lists.set(g, (l = []));
      l.push(id);
    }
  });
  const grams = new Map<string, Uint32Array>();
  for (const [g, l] of lists) grams.set(g, Uint32Array.from(l));
  return { docs, grams, codes };
}

/**
 * fuse.js settings, measured on the seeds and the national corpus (npm run bench): fuse.js
 * scores edit distance, which on 2–3 kana is nearly all of the word, so it only ranks typo
 * candidates that the bigram prefilter already found; ignoreLocation because Japanese titles
 * put the key word anywhere; threshold 0.34 keeps ボランテア → ボランティア and drops ボランティア → ランチ.
 */
export const FUSE_OPTIONS: IFuseOptions<{ id: number; t: string; c: string; d: string }> = {
  keys: [{ name: 't', weight: 3 }, { name: 'c', weight: 1 }, { name: 'd', weight: 1 }],
  ignoreLocation: true,
  threshold: 0.34,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
};
const MAX_FUZZY = 300;

function occurrences(hay: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) at.push(i);
  return at;
}

interface TermMatch {
  score: number;
  ranges: [number, number][];
  field: Hit['field'];
}

function exactMatch(doc: SearchDoc, term: string, code: string): TermMatch | null {
  const inTitle = occurrences(doc.t.text, term);
  if (inTitle.length) {
    // Whole-title and leading matches first; then shorter titles (the term is more of what they say).
    const score = (doc.t.text === term ? 0 : inTitle[0] === 0 ? 0.02 : 0.05) + 0.05 * (1 - term.length / doc.t.text.length);
    return { score, ranges: inTitle.map((i) => [doc.t.map[i], doc.t.map[i + term.length - 1] + 1]), field: 'title' };
  }
  if (doc.c && doc.c === code) return { score: 0.08, ranges: [], field: 'code' };
  if (doc.d.includes(term)) return { score: 0.3, ranges: [], field: 'description' };
  return null;
}

function intersect(a: Uint32Array | number[], b: Uint32Array): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) (out.push(a[i]), i++, j++);
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

function intersectAll(index: SearchIndex, grams: string[]): number[] {
  const lists = grams.map((g) => index.grams.get(g) ?? new Uint32Array(0)).sort((a, b) => a.length - b.length);
  return lists.reduce<number[]>((acc, l, i) => (i === 0 ? Array.from(l) : intersect(acc, l)), []);
}

/** Matches of one folded term: exact substring hits, then typo-tolerant ones scored by fuse.js. */
function matchTerm(index: SearchIndex, raw: string, within: number[] | null): Map<number, TermMatch> {
  const term = fold(raw).text;
  const code = foldCode(raw);
  const out = new Map<number, TermMatch>();
  const grams = bigrams(term);
  let candidates: number[];
  const byCode = index.codes.get(code);
  if (byCode) {
    // A plan's own number (1-(2), ⑥, Ⅱ-3): those nodes, plus text that contains it.
    candidates = byCode;
    if (grams.length) candidates = [...new Set([...candidates, ...intersectAll(index, grams)])].sort((a, b) => a - b);
    if (within) candidates = intersect(Uint32Array.from(within), Uint32Array.from(candidates));
  } else if (grams.length === 0) {
    candidates = within ?? index.docs.map((_, i) => i);
  } else {
    candidates = intersectAll(index, grams);
    if (within) candidates = intersect(Uint32Array.from(within), Uint32Array.from(candidates));
  }
  for (const id of candidates) {
    const m = exactMatch(index.docs[id], term, code);
    if (m) out.set(id, m);
  }
  if (term.length < 3 || !grams.length) return out;

  // Typo tolerance: docs sharing most of the term's bigrams (one wrong kana breaks at most two).
  const need = Math.max(2, grams.length - 2);
  const counts = new Map<number, number>();
  for (const g of grams) for (const id of index.grams.get(g) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  const allowed = within ? new Set(within) : null;
  const fuzzy = [...counts].filter(([id, n]) => n >= need && !out.has(id) && (!allowed || allowed.has(id))).sort((a, b) => b[1] - a[1]).slice(0, MAX_FUZZY).map(([id]) => id);
  if (!fuzzy.length) return out;
  const fuse = new Fuse(fuzzy.map((id) => ({ id, t: index.docs[id].t.text, c: index.docs[id].c, d: index.docs[id].d })), FUSE_OPTIONS);
  for (const r of fuse.search(term)) {
    const doc = index.docs[r.item.id];
    const tm = r.matches?.find((m) => m.key === 't');
    const ranges = (tm?.indices ?? []).filter(([a, b]) => b - a + 1 >= 2).map(([a, b]) => [doc.t.map[a], doc.t.map[b] + 1] as [number, number]);
    out.set(r.item.id, { score: 0.4 + (r.score ?? 0), ranges, field: tm ? 'title' : 'description' });
  }
  return out;
}

/** Searches for every word of the query (AND); best matches first. */
export function search(index: SearchIndex, query: string, limit = 200): SearchResult {
  const terms = query.split(/[\s\u3000]+/).filter((w) => fold(w).text || foldCode(w));
  if (!terms.length) return { hits: [], total: 0, terms };
  // Longest term first: it is the rarest, and narrows the rest.
  const order = [...terms].sort((a, b) => fold(b).text.length - fold(a).text.length);
  let acc: Map<number, TermMatch[]> | null = null;
  for (const term of order) {
    const within: number[] | null = acc ? [...acc.keys()].sort((a, b) => a - b) : null;
    const m = matchTerm(index, term, within);
    const next = new Map<number, TermMatch[]>();
    for (const [id, tm] of m) next.set(id, [...(acc?.get(id) ?? []), tm]);
    acc = next;
    if (!acc.size) break;
  }
  const hits: Hit[] = [...(acc ?? new Map<number, TermMatch[]>())].map(([id, ms]) => ({
    doc: index.docs[id],
    score: ms.reduce((s, m) => s + m.score, 0) / ms.length,
    ranges: mergeRanges(ms.flatMap((m) => m.ranges)),
    field: ms.some((m) => m.field === 'title') ? 'title' : ms[0].field,
  }));
  hits.sort((a, b) => a.score - b.score);
  return { hits: hits.slice(0, limit), total: hits.length, terms };
}

export function mergeRanges(r: [number, number][]): [number, number][] {
  const s = [...r].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([...x]);
  }
  return out;
}
