import type { SearchDoc } from '../searchIndex';

/**
 * The sharded index as files, read by shardIndex.ts from any static host (or from memory for
 * the plans imported in this browser). Docs are numbered in plan order and cut into blocks of
 * consecutive ids, so a query reads the first block, shows its results, and the rest stream in.
 * Within a block each key (bigram, title character, code) lives in one of `buckets` files by
 * hash, so a query fetches one small file per key and block.
 */
export interface Manifest {
  version: typeof FORMAT_VERSION;
  /**
   * The folder of this build's shards and fragments, named by their content: a host or browser
   * still holding files of an earlier build never hands them to this manifest, and the files
   * can be cached for good (only the manifest must be asked for again).
   */
  files: string;
  docs: number;
  /** Docs per block; a block's postings hold ids relative to its first doc. */
  blockDocs: number;
  blocks: number;
  buckets: number;
  /** Docs per fragment file (the titles and paths shown for a result). */
  fragmentDocs: number;
  /** The positional text fields, in the order their postings are stored under a bigram. */
  fields: string[];
  /** In doc order: a doc's plan follows from the counts, so no result needs a file to be counted per plan. */
  plans: { id: string; council: string; docs: number }[];
}

/**
 * The text fields a bigram indexes, with positions. Title matches rank above body matches, and
 * matches as written above matches by reading (the word's reading found in the text's reading:
 * たすけあい finds 助け合い). Builder and reader both follow this list.
 */
export interface TextField {
  name: string;
  text: (doc: SearchDoc) => string;
  /** Looked for with the query word's reading (search.ts queryReading), not as written. */
  reading?: boolean;
  /** The result tier an exact match in this field gives, best first: 0 title, 1 body, 2–3 by reading. */
  tier: number;
}
export const TEXT_FIELDS: readonly TextField[] = [
  { name: 't', text: (d) => d.t.text, tier: 0 },
  { name: 'd', text: (d) => d.d, tier: 1 },
  { name: 'r', text: (d) => d.r, reading: true, tier: 2 },
  { name: 'rd', text: (d) => d.rd, reading: true, tier: 3 },
];
export const FIELD = { t: 0, d: 1, r: 2, rd: 3 } as const;
/** Tiers of exact hits; near spellings (typos) come after them. */
export const EXACT_TIERS = Math.max(...TEXT_FIELDS.map((f) => f.tier)) + 1;

/** Raised when the files' layout changes: a reader refuses a manifest it cannot read. */
export const FORMAT_VERSION = 2;

/**
 * Keys: a bigram of folded text (positional, per field), a character (where it stands in titles,
 * and, for a kanji, in bodies), an exact code.
 */
export const bigramKey = (g: string) => `2${g}`;
export const charKey = (c: string) => `1${c}`;
export const codeKey = (c: string) => `c${c}`;
export const isBigramKey = (k: string) => k[0] === '2';
/** A character's lists: docs whose title holds it, and docs whose body holds it (kanji only: the homophones guard reads them). */
export const CHAR = { title: 0, bodyKanji: 1 } as const;

/** How many posting lists a key's body holds, and whether they carry positions. */
export function listsOf(key: string): { lists: number; positional: boolean } {
  if (isBigramKey(key)) return { lists: TEXT_FIELDS.length, positional: true };
  return { lists: key[0] === '1' ? 2 : 1, positional: false };
}

/** FNV-1a over UTF-16 units: the same bucket in Node (build) and the browser (query). */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % buckets;
}

export const MANIFEST = 'manifest.bin';
export const shardPath = (files: string, block: number, bucket: number) => `${files}/s/${block}/${bucket}.bin`;
export const fragmentPath = (files: string, chunk: number) => `${files}/f/${chunk}.bin`;

/** FNV-1a over the files' bytes, as 8 hex digits: the name of their folder (Manifest.files). */
export function contentId(files: Iterable<Uint8Array>): string {
  let h = 0x811c9dc5;
  for (const bytes of files) {
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193); // a file boundary counts
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** One result as shown: [node id, code, level, title, ancestor titles, tags]. */
export type Fragment = [string, string, string, string, string[], string[]];
