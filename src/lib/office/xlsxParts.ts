/**
 * The workbook-level parts of an .xlsx: its sheets in tab order (name, part, hidden or not),
 * the shared strings (without their furigana runs) and each cell style's number format.
 */
import { builtInFormat } from './cellFormat';
import { descendants, kid, kids, parseXml, textOf, type XmlEl } from './xml';
import type { Zip } from './zip';

export interface SheetRef {
  name: string;
  path: string;
  hidden: boolean;
}

/** A relationship target relative to the part that names it (xl/workbook.xml → xl/…). */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/** rId → target part, from the .rels beside `part`. */
export function relations(zip: Zip, part: string): Map<string, string> {
  const dir = part.split('/').slice(0, -1).join('/');
  const xml = zip.text(`${dir}/_rels/${part.split('/').pop()}.rels`);
  const rels = new Map<string, string>();
  for (const r of xml ? kids(parseXml(xml), 'Relationship') : [])
    rels.set(r.attrs.Id, resolveTarget(part, r.attrs.Target ?? ''));
  return rels;
}

export function sheetsOf(zip: Zip, workbook: string): SheetRef[] {
  const rels = relations(zip, workbook);
  const book = parseXml(zip.text(workbook) ?? '<workbook/>');
  return kids(kid(book, 'sheets'), 'sheet')
    .map((s) => ({
      name: s.attrs.name ?? '',
      path: rels.get(s.attrs.id) ?? '',
      hidden: s.attrs.state === 'hidden' || s.attrs.state === 'veryHidden',
    }))
    .filter((s) => s.path && zip.has(s.path));
}

/** Whether the workbook's date serials count from 1904-01-01 (workbookPr date1904). */
export function usesDate1904(zip: Zip, workbook: string): boolean {
  const flag = kid(parseXml(zip.text(workbook) ?? '<workbook/>'), 'workbookPr')?.attrs.date1904;
  return flag === '1' || flag === 'true';
}

/** A rich or plain string's text, without its phonetic (rPh) runs. */
export function stringText(si: XmlEl): string {
  const t = kid(si, 't');
  if (t) return textOf(t);
  return descendants(si, 't', ['rPh']).map(textOf).join('');
}

export function sharedStrings(zip: Zip): string[] {
  const xml = zip.text('xl/sharedStrings.xml');
  return xml ? kids(parseXml(xml), 'si').map(stringText) : [];
}

/** Style index (the cell's s attribute) → its number format code. */
export function numberFormats(zip: Zip): string[] {
  const xml = zip.text('xl/styles.xml');
  if (!xml) return [];
  const root = parseXml(xml);
  const custom = new Map(
    kids(kid(root, 'numFmts'), 'numFmt').map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode ?? 'General']),
  );
  return kids(kid(root, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    return custom.get(id) ?? builtInFormat(id);
  });
}
