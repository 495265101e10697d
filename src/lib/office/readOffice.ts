/**
 * An office file's bytes → the compiler's input (OfficeText), or an OfficeError saying what is
 * wrong: password-protected (a compound file with an EncryptionInfo stream), an old binary
 * .doc/.xls/.ppt, a damaged zip, a zip bomb. Macro-enabled files (.docm/.xlsm/.pptm) are read
 * like the others; their macros are data in a part nobody opens, never run.
 */
import { CFB_MAGIC, cfbNames } from './cfb';
import { OfficeError } from './officeError';
import { readDocx } from './readDocx';
import { readPptx } from './readPptx';
import { readXlsx } from './readXlsx';
import type { OfficeFormat, OfficeText } from './types';
import { kids, parseXml } from './xml';
import { openZip, type Zip } from './zip';

const ZIP_MAGIC = [0x50, 0x4b];

const MAIN_TYPES: [RegExp, OfficeFormat][] = [
  [/^word\//, 'docx'],
  [/^xl\//, 'xlsx'],
  [/^ppt\//, 'pptx'],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The package's main part from _rels/.rels (officeDocument), or the usual names. */
function mainPart(zip: Zip): { path: string; format: OfficeFormat } {
  const rels = zip.text('_rels/.rels');
  const target = rels
    ? kids(parseXml(rels), 'Relationship').find((r) => /\/officeDocument$/.test(r.attrs.Type ?? ''))?.attrs.Target
    : undefined;
  const candidates = [target?.replace(/^\//, ''), 'word/document.xml', 'xl/workbook.xml', 'ppt/presentation.xml'];
  for (const path of candidates) {
    const format = path && zip.has(path) ? MAIN_TYPES.find(([re]) => re.test(path))?.[1] : undefined;
    if (path && format) return { path, format };
  }
  throw new OfficeError('unknown');
}

/** Progress: parts read of how many (slides of a presentation, sheets of a workbook). */
export type OnProgress = (done: number, total: number) => void;

export function readOffice(bytes: Uint8Array, onProgress: OnProgress = () => {}): OfficeText {
  if (!bytes.length) throw new OfficeError('empty');
  if (startsWith(bytes, CFB_MAGIC))
    throw new OfficeError(cfbNames(bytes).includes('EncryptionInfo') ? 'encrypted' : 'legacy');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new OfficeError('damaged', 'zip ではありません');
  const zip = openZip(bytes);
  const { path, format } = mainPart(zip);
  const read =
    format === 'docx'
      ? readDocx(zip, path)
      : format === 'xlsx'
        ? readXlsx(zip, path, onProgress)
        : readPptx(zip, path, onProgress);
  if (zip.names.some((n) => /vbaProject\.bin$/i.test(n)))
    read.notes.push('マクロ付きのファイルです。文字だけを読み、マクロは実行していません。');
  if (!read.text.trim()) throw new OfficeError('empty');
  return read;
}
