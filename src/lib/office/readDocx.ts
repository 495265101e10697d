/**
 * .docx → the compiler's text: one line per paragraph in document order, list paragraphs with
 * the label Word draws (「(1)」「①」 from the numbering definitions) and indented by list level,
 * a blank line before each heading (by style or outline level), tables as tab-separated rows
 * with a merged cell's text in its first row and empty cells below (the 体系図 table form the
 * compiler reads), and the paragraphs of text boxes after the paragraph that anchors them.
 */
import { listLabel } from './listLabel';
import { ListCounters, readNumbering, readStyles, type StyleInfo } from './docxStyles';
import { toOfficeText, type OfficeText, type SourceLine } from './types';
import { OfficeError } from './officeError';
import { descendants, kid, kids, parseXml, type XmlEl } from './xml';
import type { Zip } from './zip';
import { clampSpan, tableLines } from './tableLines';

/** Elements whose text is not the paragraph's own: text boxes (read apart), the other half of an
 * mc:AlternateContent (the same drawing again), deleted text, field instructions. */
const NOT_OWN_TEXT = ['txbxContent', 'Fallback', 'del', 'instrText', 'pPr', 'rPr'];
const INDENT = '  ';

interface DocxContext {
  styles: Map<string, StyleInfo>;
  counters: ListCounters;
  paragraphs: number;
  tables: number;
  headings: number;
}

/** A paragraph's own text in order: runs, tabs and breaks (a tab would make a table row: a space). */
export function paragraphText(p: XmlEl): string {
  let out = '';
  const todo: XmlEl[] = kids(p).reverse();
  while (todo.length) {
    const at = todo.pop()!;
    if (NOT_OWN_TEXT.includes(at.name)) continue;
    if (at.name === 't') out += at.children.filter((c) => typeof c === 'string').join('');
    else if (at.name === 'tab' || at.name === 'ptab') out += ' ';
    else if (at.name === 'br' || at.name === 'cr') out += '\n';
    else if (at.name === 'noBreakHyphen') out += '-';
    else todo.push(...kids(at).reverse());
  }
  return out;
}

function paragraphLabel(p: XmlEl, ctx: DocxContext): { label: string; level: number; heading: number | null } {
  const ppr = kid(p, 'pPr');
  const styleId = kid(ppr, 'pStyle')?.attrs.val ?? '';
  const style = ctx.styles.get(styleId) ?? ctx.styles.get('Normal');
  const outline = kid(ppr, 'outlineLvl')?.attrs.val;
  const heading = outline !== undefined ? (Number(outline) < 9 ? Number(outline) : null) : (style?.outline ?? null);
  const numPr = kid(ppr, 'numPr');
  const numId = kid(numPr, 'numId')?.attrs.val ?? style?.numId ?? null;
  const ilvl =
    kid(numPr, 'ilvl')?.attrs.val ?? style?.ilvl ?? (numId ? ctx.counters.levelOfStyle(numId, styleId) : undefined);
  const level = Number(ilvl ?? 0) || 0;
  if (!numId) return { label: '', level: 0, heading };
  return { label: ctx.counters.next(numId, Math.min(level, 8), listLabel), level, heading };
}

function paragraphLines(p: XmlEl, ctx: DocxContext, where: string): SourceLine[] {
  ctx.paragraphs++;
  const origin = `${where}段落 ${ctx.paragraphs}`;
  const { label, level, heading } = paragraphLabel(p, ctx);
  const text = paragraphText(p).replace(/\u00a0/g, ' ');
  const lines: SourceLine[] = [];
  if (heading !== null) {
    ctx.headings++;
    lines.push({ text: '', origin });
  }
  if (text.trim() || label) {
    // A list paragraph is indented by its level only when it is not a heading (headings stand alone).
    const indent = heading === null && label ? INDENT.repeat(level) : '';
    lines.push({ text: `${indent}${[label.trim(), text.trim()].filter(Boolean).join(' ')}`, origin });
  } else lines.push({ text: '', origin });
  for (const box of descendants(p, 'txbxContent', ['Fallback']))
    lines.push(...blockLines(box, ctx, 'テキストボックス・'));
  return lines;
}

/** A cell's text on one line: its paragraphs (with their list labels) joined by a space. */
function cellText(tc: XmlEl, ctx: DocxContext): string {
  return descendants(tc, 'p', ['Fallback'])
    .map((p) => {
      const { label } = paragraphLabel(p, ctx);
      return [
        label.trim(),
        paragraphText(p)
          .replace(/[ \t\n]+/g, ' ')
          .trim(),
      ]
        .filter(Boolean)
        .join(' ');
    })
    .filter(Boolean)
    .join(' ');
}

function tableOf(tbl: XmlEl, ctx: DocxContext): SourceLine[] {
  const t = ++ctx.tables;
  const rows = kids(tbl, 'tr').map((tr) =>
    kids(tr, 'tc').map((tc) => {
      const pr = kid(tc, 'tcPr');
      const merge = kid(pr, 'vMerge');
      return {
        text: cellText(tc, ctx),
        span: clampSpan(Number(kid(pr, 'gridSpan')?.attrs.val ?? 1)),
        continues: !!merge && merge.attrs.val !== 'restart',
      };
    }),
  );
  return tableLines(rows, (r) => `表 ${t} の ${r + 1} 行目`);
}

/** The block-level content of a body, cell or text box: paragraphs, tables, content controls. */
function blockLines(container: XmlEl, ctx: DocxContext, where = ''): SourceLine[] {
  const lines: SourceLine[] = [];
  const todo = kids(container).reverse();
  while (todo.length) {
    const el = todo.pop()!;
    if (el.name === 'p') lines.push(...paragraphLines(el, ctx, where));
    else if (el.name === 'tbl') lines.push({ text: '', origin: '' }, ...tableOf(el, ctx), { text: '', origin: '' });
    else if (el.name === 'sdt' || el.name === 'sdtContent' || el.name === 'customXml') todo.push(...kids(el).reverse());
  }
  return lines;
}

export function readDocx(zip: Zip, main: string): OfficeText {
  const xml = zip.text(main);
  if (!xml) throw new OfficeError('damaged', `${main} がありません`);
  const body = kid(parseXml(xml), 'body');
  if (!body) throw new OfficeError('damaged', '本文がありません');
  const ctx: DocxContext = {
    styles: readStyles(zip.text('word/styles.xml')),
    counters: new ListCounters(readNumbering(zip.text('word/numbering.xml'))),
    paragraphs: 0,
    tables: 0,
    headings: 0,
  };
  const lines = blockLines(body, ctx);
  const summary = `段落 ${ctx.paragraphs}・見出し ${ctx.headings}・表 ${ctx.tables}`;
  return toOfficeText('docx', lines, summary, []);
}
