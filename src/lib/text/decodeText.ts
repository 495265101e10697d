/** Encodings a council's text file comes in: what Windows tools and Excel save, and the web's. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

/** Bytes looked at to guess UTF-16 without a BOM. */
const SAMPLE = 4096;

function decode(bytes: Uint8Array, encoding: TextEncoding, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM. Text in UTF-8 or Shift_JIS never holds a zero byte; UTF-16 has one in
 * every ASCII character (line ends, digits), always on the same side of the pair. Zeros on
 * both sides mean a binary file.
 */
function utf16Guess(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > 0 && even === 0) return 'utf-16le';
  if (even > 0 && odd === 0) return 'utf-16be';
  return null;
}

/**
 * Reads a text file's bytes whatever it was saved as: a BOM decides; else UTF-8 if the bytes
 * are valid UTF-8; else UTF-16 if its zero bytes say so; else Shift_JIS (CP932), which is
 * what Japanese Windows and Excel write. Returns null when none of them reads the bytes
 * cleanly (a binary file, a PDF, an image).
 */
export function decodeText(input: ArrayBuffer | Uint8Array): Decoded | null {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decode(bytes.subarray(3), 'utf-8', false) ?? '', encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes.subarray(2), 'utf-16le', false) ?? '', encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes.subarray(2), 'utf-16be', false) ?? '', encoding: 'utf-16be' };
  const wide = utf16Guess(bytes);
  if (wide) return { text: decode(bytes, wide, false) ?? '', encoding: wide };
  if (bytes.includes(0)) return null;
  const utf8 = decode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const sjis = decode(bytes, 'shift_jis', true);
  return sjis === null ? null : { text: sjis, encoding: 'shift_jis' };
}

export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  shift_jis: 'Shift_JIS',
};
