import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encryptedOoxml } from '../../../tests/office/makeEncrypted';
import { OfficeError } from './officeError';
import { readOffice } from './readOffice';

const enc = (s: string) => new TextEncoder().encode(s);
const W = 'xmlns:w="w" xmlns:mc="mc" xmlns:wps="wps"';
const pkg = (parts: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, enc(v)])));
const docx = (body: string, extra: Record<string, string> = {}) =>
  pkg({ 'word/document.xml': `<w:document ${W}><w:body>${body}</w:body></w:document>`, ...extra });
const p = (text: string, ppr = '') => `<w:p><w:pPr>${ppr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const problem = (bytes: Uint8Array) => {
  try {
    readOffice(bytes);
  } catch (e) {
    return e instanceof OfficeError ? e.problem : 'other';
  }
  return 'read';
};

describe('readOffice: .docx', () => {
  it('reads a table’s merged cells (gridSpan, vMerge) once, in their first row', () => {
    const tc = (t: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(t)}</w:tc>`;
    const table =
      `<w:tbl><w:tr>${tc('基本理念')}${tc('ささえあう町', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${tc('基本目標')}${tc('施策')}${tc('取組')}</w:tr>` +
      `<w:tr>${tc('1 つながる', '<w:vMerge w:val="restart"/>')}${tc('(1) 見守り')}${tc('① 訪問')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('(2) 居場所')}${tc('① サロン')}</w:tr></w:tbl>`;
    const r = readOffice(docx(table));
    expect(r.text.split('\n').filter(Boolean)).toEqual([
      '基本理念',
      'ささえあう町',
      '基本目標\t施策\t取組',
      '1 つながる\t(1) 見守り\t① 訪問',
      '\t(2) 居場所\t① サロン',
    ]);
    expect(r.origins[r.text.split('\n').indexOf('\t(2) 居場所\t① サロン')]).toBe('表 1 の 4 行目');
  });

  it('reads a text box once (not its fallback copy) after the paragraph that holds it', () => {
    const box =
      `<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx><w:txbxContent>${p('基本理念')}${p('ささえあう町')}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent>${p('基本理念')}${p('ささえあう町')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const r = readOffice(docx(p('計画') + box));
    expect(r.text.split('\n').filter(Boolean)).toEqual(['計画', '基本理念', 'ささえあう町']);
    expect(r.origins.slice(-1)[0]).toMatch(/^テキストボックス・段落/);
  });

  it('draws list labels from the numbering definitions and indents by level; headings by style get a blank line before', () => {
    const numbering =
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="（%1）"/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 2"/></w:style></w:styles>`;
    const list = (t: string, level: number) =>
      p(t, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="5"/></w:numPr>`);
    const r = readOffice(
      docx(
        p('前文') +
          p('基本目標1 つながる', '<w:pStyle w:val="H"/>') +
          list('見守り', 0) +
          list('訪問', 1) +
          list('声かけ', 1) +
          list('居場所', 0) +
          list('サロン', 1),
        { 'word/numbering.xml': numbering, 'word/styles.xml': styles },
      ),
    );
    expect(r.text).toBe('前文\n\n基本目標1 つながる\n（１） 見守り\n  ① 訪問\n  ② 声かけ\n（２） 居場所\n  ① サロン');
    expect(r.summary).toBe('段落 7・見出し 1・表 0');
  });

  it('numbers headings from the list their style is linked to, at the level that names the style', () => {
    const numbering =
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="H1"/><w:lvlText w:val="第%1章"/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="H2"/><w:lvlText w:val="基本目標%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const style = (id: string, n: number) =>
      `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="heading ${n}"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const styles = `<w:styles ${W}>${style('H1', 1)}${style('H2', 2)}</w:styles>`;
    const h = (t: string, id: string) => p(t, `<w:pStyle w:val="${id}"/>`);
    const r = readOffice(
      docx(h('計画の内容', 'H1') + h('つながる', 'H2') + h('ささえる', 'H2') + h('推進', 'H1'), {
        'word/numbering.xml': numbering,
        'word/styles.xml': styles,
      }),
    );
    expect(r.text.split('\n').filter(Boolean)).toEqual([
      '第1章 計画の内容',
      '基本目標1 つながる',
      '基本目標2 ささえる',
      '第2章 推進',
    ]);
  });
});

describe('readOffice: .xlsx', () => {
  const book = (sheets: [string, string, string?][]) => ({
    'xl/workbook.xml': `<workbook xmlns:r="r"><sheets>${sheets.map(([name, , state], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"${state ? ` state="${state}"` : ''}/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ...Object.fromEntries(sheets.map(([, xml], i) => [`xl/worksheets/sheet${i + 1}.xml`, xml])),
  });
  const c = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

  it('chooses the 体系図 sheet by evidence, skips hidden sheets, rows and columns, keeps a merge whose first row is hidden', () => {
    const chart =
      `<worksheet><cols><col min="3" max="3" hidden="1"/></cols><sheetData>` +
      `<row r="1">${c('A1', '基本目標')}${c('B1', '施策')}${c('C1', '備考')}${c('D1', '取組')}</row>` +
      `<row r="2" hidden="1">${c('A2', '1 つながる')}${c('B2', '(0) 旧')}</row>` +
      `<row r="3">${c('B3', '(1) 見守り')}${c('D3', '① 訪問')}</row>` +
      `</sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells></worksheet>`;
    const cover = `<worksheet><sheetData><row r="1">${c('A1', '表紙')}</row></sheetData></worksheet>`;
    const draft = `<worksheet><sheetData><row r="1">${c('A1', '基本目標')}${c('B1', '施策')}</row><row r="2">${c('A2', '1 旧案')}${c('B2', '(1) 旧案')}</row></sheetData></worksheet>`;
    const r = readOffice(
      pkg({
        '_rels/.rels':
          '<Relationships><Relationship Type="http://x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        ...book([
          ['表紙', cover],
          ['下書き', draft, 'hidden'],
          ['体系図', chart],
        ]),
      }),
    );
    expect(r.text).toBe('基本目標\t施策\t取組\n1 つながる\t(1) 見守り\t① 訪問');
    expect(r.origins).toEqual(['シート「体系図」の 1 行目', 'シート「体系図」の 3 行目']);
    expect(r.notes.join('')).toContain('シート「体系図」を読みました(表紙 0・体系図');
    expect(r.notes.join('')).toContain('非表示の行 1・列 1');
  });

  it('shows shared strings without their furigana, and numbers in their format', () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>2</v></c></row></sheetData></worksheet>`;
    const r = readOffice(
      pkg({
        ...book([['体系', sheet]]),
        'xl/sharedStrings.xml':
          '<sst><si><r><t>基本目標</t></r><rPh sb="0" eb="4"><t>キホンモクヒョウ</t></rPh></si></sst>',
        'xl/styles.xml':
          '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="&quot;施策&quot;0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
      }),
    );
    expect(r.text).toBe('基本目標\n施策2');
  });

  it('shows dates of a 1904-based workbook (date1904) as the same day Excel shows', () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>策定日</t></is></c><c r="B1" s="1"><v>44286</v></c></row></sheetData></worksheet>`;
    const parts = book([['体系', sheet]]);
    const styles = '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const mac = readOffice(
      pkg({
        ...parts,
        'xl/styles.xml': styles,
        'xl/workbook.xml': parts['xl/workbook.xml'].replace('<sheets>', '<workbookPr date1904="1"/><sheets>'),
      }),
    );
    expect(mac.text).toBe('策定日\n2025/4/1');
    expect(readOffice(pkg({ ...parts, 'xl/styles.xml': styles })).text).toBe('策定日\n2021/3/31');
  });
});

describe('readOffice: .pptx', () => {
  it('places grouped shapes by their group’s transform and reads the slides in the presentation’s order', () => {
    const sp = (x: number, y: number, w: number, h: number, t: string) =>
      `<p:sp><p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm></p:spPr><p:txBody><a:p><a:r><a:t>${t}</a:t></a:r></a:p></p:txBody></p:sp>`;
    const group = `<p:grpSp><p:grpSpPr><a:xfrm><a:off x="0" y="3000"/><a:ext cx="2000" cy="1000"/><a:chOff x="0" y="0"/><a:chExt cx="4000" cy="2000"/></a:xfrm></p:grpSpPr>${sp(0, 0, 1800, 2000, '1 つながる')}${sp(2400, 0, 1600, 900, '(1) 見守り')}${sp(2400, 1000, 1600, 900, '(2) 居場所')}</p:grpSp>`;
    const slide = (tree: string) =>
      `<p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree>${tree}</p:spTree></p:cSld></p:sld>`;
    const r = readOffice(
      pkg({
        'ppt/presentation.xml':
          '<p:presentation xmlns:p="p" xmlns:r="r"><p:sldIdLst><p:sldId r:id="rB"/><p:sldId r:id="rA"/></p:sldIdLst></p:presentation>',
        'ppt/_rels/presentation.xml.rels':
          '<Relationships><Relationship Id="rA" Target="slides/slide1.xml"/><Relationship Id="rB" Target="slides/slide2.xml"/></Relationships>',
        'ppt/slides/slide1.xml': slide(sp(0, 0, 4000, 800, '基本目標') + group),
        'ppt/slides/slide2.xml': slide(sp(0, 0, 4000, 800, '表紙')),
      }),
    );
    expect(r.text).toBe('\f表紙\n\n\f基本目標\n1 つながる\n(1) 見守り\n(2) 居場所');
    expect(r.origins.slice(-1)).toEqual(['スライド 2']);
  });
});

describe('readOffice: bad files', () => {
  it('tells an old binary file from a password-protected one by the compound file’s streams', () => {
    expect(problem(new Uint8Array(readFileSync('tests/office/bad/kawa-typed.doc')))).toBe('legacy');
    expect(problem(encryptedOoxml())).toBe('encrypted');
  });

  it('a compound file whose directory gives a name an odd byte length is still known as password-protected', () => {
    const bytes = encryptedOoxml();
    const rootNameLength = 512 * 2 + 64; // the directory's first entry (Root Entry), at sector 1
    new DataView(bytes.buffer).setUint16(rootNameLength, 21, true);
    expect(problem(bytes)).toBe('encrypted');
  });

  it('a damaged, empty, unknown or text-less file each says so', () => {
    const whole = docx(p('計画'));
    expect(problem(whole.subarray(0, whole.length - 10))).toBe('damaged');
    expect(problem(new Uint8Array(0))).toBe('empty');
    expect(problem(pkg({ mimetype: 'application/epub+zip' }))).toBe('unknown');
    expect(problem(docx(''))).toBe('empty');
    expect(problem(enc('基本目標1 ただのテキスト'))).toBe('damaged');
    expect(problem(docx('<w:p><w:r><w:t>閉じていない</w:r></w:p>'))).toBe('damaged');
  });

  it('a macro-enabled file is read, its macros never run, and the person is told', () => {
    const r = readOffice(
      zipSync({
        'word/document.xml': enc(`<w:document ${W}><w:body>${p('計画')}</w:body></w:document>`),
        'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
      }),
    );
    expect(r.text).toBe('計画');
    expect(r.notes).toEqual(['マクロ付きのファイルです。文字だけを読み、マクロは実行していません。']);
  });
});
