/**
 * Flat OpenDocument (.fodt/.fods/.fodp) written from a small description, so each fixture's
 * source reads as the plan a council would type into Writer, Calc or Impress. LibreOffice
 * turns them into PDFs (build.ts); the tests read only the committed PDFs.
 */
const NS = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xlink="http://www.w3.org/1999/xlink"',
  'presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
]
  .map((n) => `xmlns:${n}`)
  .join(' ');

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type Face = 'Noto Serif CJK JP' | 'Noto Sans CJK JP';
export interface PageSize {
  w: number;
  h: number;
  margin?: number;
}
export const A4 = { w: 210, h: 297 };
export const A4L = { w: 297, h: 210 };
export const A3L = { w: 420, h: 297 };

const fontDecls = `<office:font-face-decls>${(['Noto Serif CJK JP', 'Noto Sans CJK JP'] as Face[]).map((f) => `<style:font-face style:name="${f}" svg:font-family="'${f}'"/>`).join('')}</office:font-face-decls>`;
const textProps = (face: Face, size: number, bold = false) =>
  `<style:text-properties style:font-name="${face}" style:font-name-asian="${face}" fo:font-size="${size}pt" style:font-size-asian="${size}pt"${bold ? ' fo:font-weight="bold" style:font-weight-asian="bold"' : ''}/>`;

const wrap = (kind: string, styles: string, masters: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.${kind}">
${fontDecls}
<office:automatic-styles>${styles}</office:automatic-styles>
<office:master-styles>${masters}</office:master-styles>
<office:body>${body}</office:body>
</office:document>
`;

// ---- Writer -----------------------------------------------------------------------------

/** A paragraph style: its font, size, alignment, spacing, and whether it starts a page (of which master). */
export interface ParaStyle {
  name: string;
  size: number;
  bold?: boolean;
  align?: 'start' | 'center' | 'end' | 'justify';
  lineHeight?: number;
  before?: number;
  after?: number;
  breakBefore?: boolean;
  master?: string;
  /** A right tab with a dot leader at this many mm (a table of contents). */
  leaderTab?: number;
  indent?: number;
  letterSpacing?: number;
}

export interface WriterDoc {
  face: Face;
  page: PageSize;
  /** Running header and page-number footer ("- n -"). */
  header?: string;
  footer?: boolean;
  /** A second page style written top to bottom, right to left (縦書き), used by paragraphs with master 'Vert'. */
  vertical?: boolean;
  paraStyles: ParaStyle[];
  /** Cell styles and others, as XML. */
  extraStyles?: string;
  body: string;
}

function paraStyleXml(face: Face, s: ParaStyle): string {
  const pp = [
    s.align ? `fo:text-align="${s.align}"` : '',
    s.lineHeight ? `fo:line-height="${s.lineHeight}%"` : '',
    `fo:margin-top="${s.before ?? 0}mm" fo:margin-bottom="${s.after ?? 1}mm"`,
    s.breakBefore ? 'fo:break-before="page"' : '',
    s.indent ? `fo:margin-left="${s.indent}mm"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const tabs = s.leaderTab
    ? `<style:tab-stops><style:tab-stop style:position="${s.leaderTab}mm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>`
    : '';
  const tp = textProps(face, s.size, s.bold).replace(
    '/>',
    s.letterSpacing ? ` fo:letter-spacing="${s.letterSpacing}mm"/>` : '/>',
  );
  return `<style:style style:name="${s.name}" style:family="paragraph"${s.master ? ` style:master-page-name="${s.master}"` : ''}><style:paragraph-properties ${pp}>${tabs}</style:paragraph-properties>${tp}</style:style>`;
}

function pageLayout(name: string, p: PageSize, extra = '', withHeader = false): string {
  const hf = withHeader
    ? '<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="4mm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="4mm"/></style:footer-style>'
    : '';
  return `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${p.w}mm" fo:page-height="${p.h}mm" style:print-orientation="${p.w > p.h ? 'landscape' : 'portrait'}" fo:margin="${p.margin ?? 18}mm" ${extra}/>${hf}</style:page-layout>`;
}

export function writer(d: WriterDoc): string {
  const running = d.header || d.footer;
  const styles = [
    pageLayout('pm1', d.page, '', !!running),
    d.vertical ? pageLayout('pmV', d.page, 'style:writing-mode="tb-rl"') : '',
    paraStyleXml(d.face, { name: 'Run', size: 8, align: 'end' }),
    paraStyleXml(d.face, { name: 'Foot', size: 8, align: 'center' }),
    ...d.paraStyles.map((s) => paraStyleXml(d.face, s)),
    d.extraStyles ?? '',
  ].join('\n');
  const header = d.header ? `<style:header><text:p text:style-name="Run">${esc(d.header)}</text:p></style:header>` : '';
  const footer = d.footer
    ? '<style:footer><text:p text:style-name="Foot">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>'
    : '';
  const masters = `<style:master-page style:name="Standard" style:page-layout-name="pm1">${header}${footer}</style:master-page>${d.vertical ? '<style:master-page style:name="Vert" style:page-layout-name="pmV"/>' : ''}`;
  return wrap('text', styles, masters, `<office:text>${d.body}</office:text>`);
}

/** A paragraph; a tab is Writer's tab, U+2028 its line break inside the paragraph (Shift+Enter). */
export const para = (style: string, text: string) =>
  `<text:p text:style-name="${style}">${esc(text)
    .replace(/\t/g, '<text:tab/>')
    .replace(/\u2028/g, '<text:line-break/>')}</text:p>`;
export const heading = (style: string, level: number, text: string) =>
  `<text:h text:style-name="${style}" text:outline-level="${level}">${esc(text)}</text:h>`;

/** A table cell: text (lines as paragraphs), rows it spans, its cell and paragraph styles. */
export interface Cell {
  lines: string[];
  rows?: number;
  cols?: number;
  style: string;
  para: string;
}

/**
 * A Writer table: column widths (mm), header rows repeated on every page, body rows. A cell
 * spanning rows is followed by covered cells in the rows below (ODF's way).
 */
export function writerTable(name: string, widths: number[], head: Cell[][], rows: (Cell | null)[][]): string {
  const cols = widths.map((_, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join('');
  const cell = (c: Cell | null) =>
    c
      ? `<table:table-cell table:style-name="${c.style}" office:value-type="string"${c.rows ? ` table:number-rows-spanned="${c.rows}"` : ''}${c.cols ? ` table:number-columns-spanned="${c.cols}"` : ''}>${c.lines.map((l) => para(c.para, l)).join('')}</table:table-cell>`
      : '<table:covered-table-cell/>';
  const row = (r: (Cell | null)[]) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`;
  return `<table:table table:name="${name}" table:style-name="${name}">${cols}<table:table-header-rows>${head.map(row).join('')}</table:table-header-rows>${rows.map(row).join('')}</table:table>`;
}

/** Styles of a writerTable: its width and columns. */
export const writerTableStyles = (name: string, widths: number[]) =>
  `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${widths.reduce((a, b) => a + b, 0)}mm" table:align="left"/></style:style>` +
  widths
    .map(
      (w, i) =>
        `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}mm"/></style:style>`,
    )
    .join('');

/** A cell style: border, padding (mm), vertical alignment, background. */
export const cellStyle = (
  name: string,
  o: { border?: string; padding: number; valign: 'top' | 'middle' | 'bottom'; fill?: string },
) =>
  `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:border="${o.border ?? '0.5pt solid #000000'}" fo:padding="${o.padding}mm" style:vertical-align="${o.valign}"${o.fill ? ` fo:background-color="${o.fill}"` : ''}/></style:style>`;

/** A framed text box placed on a page (mm), its lines as paragraphs of one style. */
export const pageFrame = (page: number, x: number, y: number, w: number, h: number, style: string, lines: string[]) =>
  `<draw:frame draw:style-name="Box" text:anchor-type="page" text:anchor-page-number="${page}" svg:x="${x}mm" svg:y="${y}mm" svg:width="${w}mm" svg:height="${h}mm" draw:z-index="1"><draw:text-box>${lines.map((l) => para(style, l)).join('')}</draw:text-box></draw:frame>`;
/** A connecting line on a page (mm). */
export const pageLine = (page: number, x1: number, y1: number, x2: number, y2: number) =>
  `<draw:line draw:style-name="Link" text:anchor-type="page" text:anchor-page-number="${page}" svg:x1="${x1}mm" svg:y1="${y1}mm" svg:x2="${x2}mm" svg:y2="${y2}mm" draw:z-index="0"><text:p/></draw:line>`;
export const frameStyles =
  `<style:style style:name="Box" style:family="graphic"><style:graphic-properties fo:border="0.8pt solid #1f3b5a" fo:padding="2mm" style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" draw:fill="none" fo:background-color="transparent"/></style:style>` +
  '<style:style style:name="Link" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.6mm" svg:stroke-color="#1f3b5a" style:wrap="run-through" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>';

/** A numbered list's levels: the label's prefix, format (1, ①, a …) and suffix, and the indent (mm). */
export interface ListLevel {
  prefix: string;
  format: string;
  suffix: string;
  indent: number;
}
/** A list style (Writer's 「リストスタイル」): each level numbers its items itself, the label set before a tab. */
export const listStyle = (name: string, levels: ListLevel[]) =>
  `<text:list-style style:name="${name}">${levels
    .map(
      (l, i) =>
        `<text:list-level-style-number text:level="${i + 1}" style:num-prefix="${esc(l.prefix)}" style:num-suffix="${esc(l.suffix)}" style:num-format="${l.format}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${l.indent}mm" fo:text-indent="-${Math.min(9, l.indent)}mm" fo:margin-left="${l.indent}mm"/></style:list-level-properties></text:list-level-style-number>`,
    )
    .join('')}</text:list-style>`;
/** A list item: its paragraph, and a nested list under it. */
export interface ListItem {
  text: string;
  kids?: ListItem[];
}
/** A list of one list style, nested lists taking the style's next levels. */
export const list = (style: string, paraStyle: string, items: ListItem[], top = true): string =>
  `<text:list${top ? ` text:style-name="${style}"` : ''}>${items.map((it) => `<text:list-item>${para(paraStyle, it.text)}${it.kids?.length ? list(style, paraStyle, it.kids, false) : ''}</text:list-item>`).join('')}</text:list>`;

/** A section set in columns. */
export const columnsSection = (name: string, body: string) =>
  `<text:section text:style-name="${name}" text:name="${name}">${body}</text:section>`;
export const columnsStyle = (name: string, n: number, gapMm: number) =>
  `<style:style style:name="${name}" style:family="section"><style:section-properties><style:columns fo:column-count="${n}" fo:column-gap="${gapMm}mm"/></style:section-properties></style:style>`;

// ---- Calc -------------------------------------------------------------------------------

export interface SheetCell {
  text: string;
  rows?: number;
  cols?: number;
  style: string;
}
export interface SheetDoc {
  face: Face;
  page: PageSize;
  size: number;
  /** Column widths (mm). */
  widths: number[];
  /** Rows above the table (title, 基本理念): one text each, in the first column. */
  above: { text: string; style: string }[];
  head: SheetCell[];
  rows: (SheetCell | null)[][];
  /** Repeat the header row on every printed page. */
  repeatHead: boolean;
  /** Cell styles: name → horizontal and vertical alignment, border, padding. */
  cellStyles: {
    name: string;
    align: 'start' | 'center';
    valign: 'top' | 'middle';
    border: boolean;
    padding: number;
    bold?: boolean;
    size?: number;
    fill?: string;
  }[];
  rowHeight: number;
}

export function calc(d: SheetDoc): string {
  const styles = [
    ...d.widths.map(
      (w, i) =>
        `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}mm"/></style:style>`,
    ),
    `<style:style style:name="ro" style:family="table-row"><style:table-row-properties style:row-height="${d.rowHeight}mm" style:use-optimal-row-height="false"/></style:style>`,
    '<style:style style:name="ta" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>',
    `<style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="${d.page.w}mm" fo:page-height="${d.page.h}mm" style:print-orientation="${d.page.w > d.page.h ? 'landscape' : 'portrait'}" fo:margin="${d.page.margin ?? 12}mm" style:print="objects charts drawings" style:print-page-order="ttb"/></style:page-layout>`,
    ...d.cellStyles.map(
      (c) =>
        `<style:style style:name="${c.name}" style:family="table-cell"><style:table-cell-properties ${c.border ? 'fo:border="0.6pt solid #000000"' : 'fo:border="none"'} fo:padding="${c.padding}mm" style:vertical-align="${c.valign}" fo:wrap-option="wrap"${c.fill ? ` fo:background-color="${c.fill}"` : ''}/><style:paragraph-properties fo:text-align="${c.align}"/>${textProps(d.face, c.size ?? d.size, c.bold)}</style:style>`,
    ),
  ].join('\n');
  const masters =
    '<style:master-page style:name="PM" style:page-layout-name="pl"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>';
  const cell = (c: SheetCell | null) =>
    c
      ? `<table:table-cell table:style-name="${c.style}" office:value-type="string"${c.rows ? ` table:number-rows-spanned="${c.rows}"` : ''}${c.cols ? ` table:number-columns-spanned="${c.cols}"` : ''}><text:p>${esc(c.text)}</text:p></table:table-cell>`
      : '<table:covered-table-cell/>';
  const row = (cells: (SheetCell | null)[]) =>
    `<table:table-row table:style-name="ro">${cells.map(cell).join('')}</table:table-row>`;
  const above = d.above
    .map((a) => row([{ text: a.text, style: a.style, cols: d.widths.length }, ...d.widths.slice(1).map(() => null)]))
    .join('');
  const head = d.repeatHead ? `<table:table-header-rows>${row(d.head)}</table:table-header-rows>` : row(d.head);
  const cols = d.widths.map((_, i) => `<table:table-column table:style-name="co${i}"/>`).join('');
  return wrap(
    'spreadsheet',
    styles,
    masters,
    `<office:spreadsheet><table:table table:name="体系図" table:style-name="ta">${cols}${above}${head}${d.rows.map(row).join('')}</table:table></office:spreadsheet>`,
  );
}

// ---- Impress ----------------------------------------------------------------------------

export interface Shape {
  kind: 'box' | 'text';
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  size: number;
  bold?: boolean;
}
export interface Link {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface SlideDoc {
  face: Face;
  page: PageSize;
  slides: { shapes: Shape[]; links: Link[] }[];
}

export function impress(d: SlideDoc): string {
  const sizes = [...new Set(d.slides.flatMap((s) => s.shapes.map((sh) => `${sh.size}${sh.bold ? 'b' : ''}`)))];
  const styles = [
    `<style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="${d.page.w}mm" fo:page-height="${d.page.h}mm" style:print-orientation="landscape" fo:margin="0mm"/></style:page-layout>`,
    '<style:style style:name="box" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.5mm" svg:stroke-color="#1f3b5a" draw:fill="solid" draw:fill-color="#eef3f8" draw:textarea-horizontal-align="left" draw:textarea-vertical-align="top" fo:padding-top="2mm" fo:padding-left="3mm" fo:padding-right="3mm" fo:padding-bottom="2mm" draw:auto-grow-height="false"/></style:style>',
    '<style:style style:name="txt" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-horizontal-align="left" draw:textarea-vertical-align="top" draw:auto-grow-height="false"/></style:style>',
    '<style:style style:name="link" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.6mm" svg:stroke-color="#1f3b5a"/></style:style>',
    ...sizes.map(
      (s) =>
        `<style:style style:name="P${s}" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>${textProps(d.face, parseFloat(s), s.endsWith('b'))}</style:style>`,
    ),
    '<style:style style:name="dp" style:family="drawing-page"><style:drawing-page-properties presentation:background-visible="true" draw:fill="none"/></style:style>',
  ].join('\n');
  const masters = '<style:master-page style:name="Default" style:page-layout-name="pl" draw:style-name="dp"/>';
  const shape = (s: Shape) =>
    `<draw:rect draw:style-name="${s.kind}" svg:x="${s.x}mm" svg:y="${s.y}mm" svg:width="${s.w}mm" svg:height="${s.h}mm">${s.lines.map((l) => `<text:p text:style-name="P${s.size}${s.bold ? 'b' : ''}">${esc(l)}</text:p>`).join('')}</draw:rect>`;
  const link = (l: Link) =>
    `<draw:line draw:style-name="link" svg:x1="${l.x1}mm" svg:y1="${l.y1}mm" svg:x2="${l.x2}mm" svg:y2="${l.y2}mm"/>`;
  const pages = d.slides
    .map(
      (s, i) =>
        `<draw:page draw:name="p${i + 1}" draw:master-page-name="Default" draw:style-name="dp">${s.links.map(link).join('')}${s.shapes.map(shape).join('')}</draw:page>`,
    )
    .join('');
  return wrap('presentation', styles, masters, `<office:presentation>${pages}</office:presentation>`);
}
