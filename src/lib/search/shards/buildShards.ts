import type { SearchDoc } from '../searchIndex';
import { ByteWriter } from './varint';
import {
  bigramKey,
  bucketOf,
  CHAR,
  charKey,
  codeKey,
  contentId,
  FORMAT_VERSION,
  fragmentPath,
  listsOf,
  MANIFEST,
  shardPath,
  TEXT_FIELDS,
  type Fragment,
  type Manifest,
} from './format';
import { hasKanji } from '../../text/readings';

/**
 * Block size: a few blocks even for a handful of plans (so results stream the same way at every
 * scale), at most 16,384 docs (so a common bigram's postings in the first block stay a few KB).
 * Shards: about TARGET_SHARD_BYTES each, so a query reads a few small files per block.
 * Both measured with npm run bench on the synthetic national corpus.
 */
export const MIN_BLOCK = 64;
export const MAX_BLOCK = 16384;
export const BLOCKS_WANTED = 16;
export const TARGET_SHARD_BYTES = 6 * 1024;
export const FRAGMENT_DOCS = 16;

export interface ShardOptions {
  blockDocs?: number;
  targetShardBytes?: number;
  fragmentDocs?: number;
}

/** One key's postings within a block: a varint stream per list, with its own last id and count. */
class Postings {
  lists: { w: ByteWriter; last: number; count: number }[];
  constructor(n: number) {
    this.lists = Array.from({ length: n }, () => ({ w: new ByteWriter(), last: -1, count: 0 }));
  }

  add(list: number, doc: number, positions?: number[]): void {
    const l = this.lists[list];
    l.w.varint(doc - l.last - 1);
    l.last = doc;
    l.count++;
    if (!positions) return;
    l.w.varint(positions.length);
    let p = -1;
    for (const x of positions) {
      l.w.varint(x - p - 1);
      p = x;
    }
  }

  encode(): Uint8Array {
    const w = new ByteWriter();
    for (const l of this.lists) {
      w.varint(l.count);
      w.bytes(l.w.done());
    }
    return w.done();
  }
}

/** Where each bigram of a text starts (ascending). */
export function bigramPositions(text: string): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    const l = at.get(g);
    if (l) l.push(i);
    else at.set(g, [i]);
  }
  return at;
}

function blockPostings(docs: SearchDoc[]): Map<string, Postings> {
  const keys = new Map<string, Postings>();
  const get = (k: string) => {
    let p = keys.get(k);
    if (!p) keys.set(k, (p = new Postings(listsOf(k).lists)));
    return p;
  };
  docs.forEach((doc, rel) => {
    TEXT_FIELDS.forEach((field, f) => {
      for (const [g, ps] of bigramPositions(field.text(doc))) get(bigramKey(g)).add(f, rel, ps);
    });
    for (const c of new Set(doc.t.text)) get(charKey(c)).add(CHAR.title, rel);
    for (const c of new Set(doc.d)) if (hasKanji(c)) get(charKey(c)).add(CHAR.bodyKanji, rel);
    if (doc.c) get(codeKey(doc.c)).add(0, rel);
  });
  return keys;
}

const utf8 = new TextEncoder();

/** A shard: its entries as [key length, key, body length, body], so a reader skips what it does not need. */
function shardFile(entries: [string, Uint8Array][]): Uint8Array {
  const w = new ByteWriter();
  w.varint(entries.length);
  for (const [k, body] of entries) {
    const kb = utf8.encode(k);
    w.varint(kb.length);
    w.bytes(kb);
    w.varint(body.length);
    w.bytes(body);
  }
  return w.done();
}

const blockSizeFor = (n: number) =>
  Math.min(MAX_BLOCK, Math.max(MIN_BLOCK, 2 ** Math.ceil(Math.log2(Math.max(1, n / BLOCKS_WANTED)))));

/**
 * Builds the sharded index: every file by its path under the index's folder (bytes, not yet
 * compressed), the manifest first. Docs must be in plan order (docsOf for each plan in turn).
 */
export function buildShards(
  docs: SearchDoc[],
  plans: { id: string; council: string }[],
  o: ShardOptions = {},
): Map<string, Uint8Array> {
  const blockDocs = o.blockDocs ?? blockSizeFor(docs.length);
  const fragmentDocs = o.fragmentDocs ?? FRAGMENT_DOCS;
  const blocks: [string, Uint8Array][][] = [];
  for (let b = 0; b * blockDocs < docs.length; b++) {
    const keys = blockPostings(docs.slice(b * blockDocs, (b + 1) * blockDocs));
    blocks.push([...keys].map(([k, p]) => [k, p.encode()]));
  }
  const largest = Math.max(0, ...blocks.map((es) => es.reduce((s, [k, e]) => s + k.length * 3 + e.length + 4, 0)));
  const buckets = Math.max(1, Math.ceil(largest / (o.targetShardBytes ?? TARGET_SHARD_BYTES)));
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.planId, (counts.get(d.planId) ?? 0) + 1);
  // Shards and fragments, each with its path once their folder is named by their content.
  const body: [(files: string) => string, Uint8Array][] = [];
  blocks.forEach((entries, b) => {
    const byBucket = new Map<number, [string, Uint8Array][]>();
    for (const e of entries) {
      const k = bucketOf(e[0], buckets);
      const list = byBucket.get(k);
      if (list) list.push(e);
      else byBucket.set(k, [e]);
    }
    // Every bucket has its file, empty or not: a missing file is then an error, not "no match".
    for (let k = 0; k < buckets; k++) body.push([(files) => shardPath(files, b, k), shardFile(byBucket.get(k) ?? [])]);
  });
  for (let c = 0; c * fragmentDocs < docs.length; c++) {
    const part = docs.slice(c * fragmentDocs, (c + 1) * fragmentDocs);
    const frags = part.map((d): Fragment => [d.nodeId, d.code, d.level, d.title, d.path, d.tags]);
    body.push([(files) => fragmentPath(files, c), utf8.encode(JSON.stringify(frags))]);
  }
  const id = contentId(body.map(([, bytes]) => bytes));
  const manifest: Manifest = {
    version: FORMAT_VERSION,
    files: id,
    docs: docs.length,
    blockDocs,
    blocks: blocks.length,
    buckets,
    fragmentDocs,
    fields: TEXT_FIELDS.map((f) => f.name),
    plans: plans.map((p) => ({ ...p, docs: counts.get(p.id) ?? 0 })),
  };
  const files = new Map<string, Uint8Array>([[MANIFEST, utf8.encode(JSON.stringify(manifest))]]);
  for (const [path, bytes] of body) files.set(path(id), bytes);
  return files;
}
