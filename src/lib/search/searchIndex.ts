import type { Plan, Tag } from '../plan/schema';
import { PlanTree } from '../plan/hierarchy';
import { fold, type Folded } from './normalize';
import { NO_READINGS, readingText, type Readings } from '../text/readings';

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
  /** Folded description, subtitle and residents' list. */
  d: string;
  /** The code in a comparable form: (1)－1 → (1)-1, ⑫ stays ⑫. */
  c: string;
  /** The title's reading (readings.ts); search.ts maps a hit in it back to the title only for the hits it returns. */
  r: string;
  /** The body's reading (of `d`). */
  rd: string;
}

/**
 * Inverted index over folded text. Title and body postings are kept apart, so a two-character
 * term's title hits come straight from the postings, and one-character terms (the first
 * keystroke) have title unigrams. Postings are ascending doc ids in typed arrays.
 */
export interface SearchIndex {
  docs: SearchDoc[];
  title2: Map<string, Uint32Array>;
  body2: Map<string, Uint32Array>;
  title1: Map<string, Uint32Array>;
  /** Bigrams of the readings, for docs whose reading differs from their text (the others are in title2/body2). */
  titleR2: Map<string, Uint32Array>;
  bodyR2: Map<string, Uint32Array>;
  /** Folded code → ids, so 1-(2) or ⑥ finds its node without a scan. */
  codes: Map<string, number[]>;
  /** The reading table the docs were read with; the query is read with the same one. */
  readings: Readings;
}

/** Codes compare by their own characters: width and dash variants folded, nothing dropped. */
export const foldCode = (s: string) =>
  s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[－–—‐ー−]/g, '-')
    .replace(/\s+/g, '')
    .toLowerCase();

export const bigrams = (s: string): string[] => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
};

/**
 * One document per node (the root excluded), with the titles of the items above it and the
 * readings of its title and body (the same `readings` must be given to buildIndex).
 */
export function docsOf(
  plan: Plan,
  tree: PlanTree = new PlanTree(plan.root),
  readings: Readings = NO_READINGS,
): SearchDoc[] {
  return tree
    .inOrder()
    .filter((d) => d.parent)
    .map(({ data: n }) => {
      const t = fold(n.title);
      const d = fold(`${n.subtitle ?? ''} ${n.description} ${(n.residents ?? []).join(' ')}`).text;
      return {
        planId: plan.id,
        nodeId: n.id,
        title: n.title,
        code: n.code,
        level: n.level,
        tags: n.tags,
        path: tree
          .path(n)
          .slice(1, -1)
          .map((a) => a.title),
        t,
        d,
        c: foldCode(n.code),
        r: readingText(t.text, readings),
        rd: readingText(d, readings),
      };
    });
}

function postings(docs: SearchDoc[], keys: (d: SearchDoc) => Iterable<string>): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  docs.forEach((doc, id) => {
    for (const k of keys(doc)) {
      let l = lists.get(k);
      if (!l) lists.set(k, (l = []));
      l.push(id);
    }
  });
  const out = new Map<string, Uint32Array>();
  for (const [k, l] of lists) out.set(k, Uint32Array.from(l));
  return out;
}

/** Builds the index once per corpus, so a keystroke does no text preparation. */
export function buildIndex(docs: SearchDoc[], readings: Readings = NO_READINGS): SearchIndex {
  const codes = new Map<string, number[]>();
  docs.forEach((doc, id) => doc.c && codes.set(doc.c, [...(codes.get(doc.c) ?? []), id]));
  return {
    docs,
    title2: postings(docs, (d) => bigrams(d.t.text)),
    body2: postings(docs, (d) => bigrams(`${d.d}\u0001${d.c}`)),
    title1: postings(docs, (d) => new Set(d.t.text)),
    // Kept apart from the text's bigrams, so typo candidates (counted over text bigrams) stay as few as before.
    titleR2: postings(docs, (d) => (d.r === d.t.text ? [] : bigrams(d.r))),
    bodyR2: postings(docs, (d) => (d.rd === d.d ? [] : bigrams(d.rd))),
    codes,
    readings,
  };
}
