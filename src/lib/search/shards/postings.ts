import { ByteReader } from './varint';

/** A decoded posting list: ascending doc ids (relative to the block) and, if positional, each doc's positions. */
export interface PostingList {
  docs: Uint32Array;
  /** Positions of docs[i] are pos[offs[i]] .. pos[offs[i + 1]) (positional lists only). */
  offs?: Uint32Array;
  pos?: Uint32Array;
}

const EMPTY: PostingList = { docs: new Uint32Array(0), offs: new Uint32Array(1), pos: new Uint32Array(0) };
export const emptyList = (): PostingList => EMPTY;

const utf8 = new TextDecoder();

/** The bodies of the wanted keys in a shard file; other keys are skipped by their length. */
export function readShard(bytes: Uint8Array, wanted: ReadonlySet<string>, into: Map<string, Uint8Array>): void {
  const r = new ByteReader(bytes);
  const n = r.varint();
  for (let i = 0; i < n; i++) {
    const kl = r.varint();
    const key = utf8.decode(bytes.subarray(r.at, r.at + kl));
    r.at += kl;
    const bl = r.varint();
    if (wanted.has(key)) into.set(key, bytes.subarray(r.at, r.at + bl));
    r.at += bl;
  }
}

function readList(r: ByteReader, positional: boolean): PostingList {
  const count = r.varint();
  const docs = new Uint32Array(count);
  const offs = positional ? new Uint32Array(count + 1) : undefined;
  const pos: number[] = [];
  let d = -1;
  for (let i = 0; i < count; i++) {
    d += r.varint() + 1;
    docs[i] = d;
    if (!offs) continue;
    let p = -1;
    for (let k = r.varint(); k > 0; k--) pos.push((p += r.varint() + 1));
    offs[i + 1] = pos.length;
  }
  return offs ? { docs, offs, pos: Uint32Array.from(pos) } : { docs };
}

/** A key's body: `lists` posting lists one after another (one per text field for a bigram). */
export function readPostings(body: Uint8Array | undefined, lists: number, positional: boolean): PostingList[] {
  if (!body) return Array.from({ length: lists }, emptyList);
  const r = new ByteReader(body);
  return Array.from({ length: lists }, () => readList(r, positional));
}
