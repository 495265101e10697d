/**
 * Reads the parts of an office file (a zip) with bounded expansion: the central directory is
 * read here, each wanted part is inflated by fflate in slices, and reading stops as soon as
 * the bytes produced pass the bound, whatever sizes the directory claims (a zip bomb lies).
 */
import { Inflate } from 'fflate';
import { OfficeError } from './officeError';

/** No plan's part comes near this (a 200-page report's document.xml is a few MB; the fixtures' largest is 0.1 MB). */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/** All parts read from one file together. */
export const MAX_TOTAL_BYTES = 160 * 1024 * 1024;
/** Compressed bytes given to the inflater at a time: at most ~1000× that comes out per slice. */
const SLICE = 16 * 1024;

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
/** The end record is 22 bytes plus a comment of up to 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

interface Entry {
  crc: number;
  method: number;
  flags: number;
  compressedSize: number;
  offset: number;
}

export interface Zip {
  names: string[];
  /** A part's text (UTF-8), or null when the zip has no such part. */
  text: (name: string) => string | null;
  has: (name: string) => boolean;
}

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - EOCD_SEARCH);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD_SIG) return i;
  throw new OfficeError('damaged', 'zip の終わりの記録がありません');
}

function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, Entry>();
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIG)
      throw new OfficeError('damaged', 'zip の目録が壊れています');
    const nameLength = view.getUint16(at + 28, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      crc: view.getUint32(at + 16, true),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function dataOf(bytes: Uint8Array, e: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL_SIG)
    throw new OfficeError('damaged', 'zip の部品が壊れています');
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  if (start + e.compressedSize > bytes.length) throw new OfficeError('damaged', 'zip が途中で切れています');
  return bytes.subarray(start, start + e.compressedSize);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The zip's checksum (CRC-32) of a part's bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Inflates `data`, throwing OfficeError('tooLarge') once more than `limit` bytes come out. */
export function inflateBounded(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) throw new OfficeError('tooLarge');
    chunks.push(chunk);
    ended ||= final;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE)
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (!data.length) inflater.push(data, true);
  } catch (e) {
    throw e instanceof OfficeError ? e : new OfficeError('damaged', (e as Error).message);
  }
  if (!ended) throw new OfficeError('damaged', '圧縮されたデータが途中で終わっています');
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Opens an office file's zip. Parts are inflated when asked for, within one shared budget. */
export function openZip(bytes: Uint8Array): Zip {
  const entries = readDirectory(bytes);
  let budget = MAX_TOTAL_BYTES;
  const decoder = new TextDecoder('utf-8');
  // Each part is inflated and charged to the budget once: a presentation's slides share layouts.
  const read = new Map<string, string>();
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    text(name) {
      const known = read.get(name);
      if (known !== undefined) return known;
      const e = entries.get(name);
      if (!e) return null;
      if (e.flags & ENCRYPTED_FLAG) throw new OfficeError('encrypted');
      const data = dataOf(bytes, e);
      let raw: Uint8Array;
      if (e.method === STORED) raw = data;
      else if (e.method === DEFLATED) raw = inflateBounded(data, Math.min(MAX_PART_BYTES, budget));
      else throw new OfficeError('damaged', `zip の圧縮方式 ${e.method} は読めません`);
      // A part whose bytes changed on the way (a broken download, a bad disk) fails its checksum.
      if (crc32(raw) !== e.crc) throw new OfficeError('damaged', `${name} の検査値が合いません`);
      budget -= raw.length;
      if (budget < 0) throw new OfficeError('tooLarge');
      const text = decoder.decode(raw);
      read.set(name, text);
      return text;
    },
  };
}
