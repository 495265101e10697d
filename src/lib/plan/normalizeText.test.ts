import { describe, expect, it } from 'vitest';
import {
  isLetterSpaced,
  isPageFurniture,
  normalizeText,
  splitOneLine,
  splitTableRow,
  tabsForSpacedTables,
} from './normalizeText';

const texts = (s: string) => normalizeText(s).map((l) => l.text);

describe('normalizeText', () => {
  it('keeps line numbers through CRLF, CR and a BOM', () => {
    expect(normalizeText('\uFEFFあ\r\nい\rう')).toEqual([
      { line: 1, text: 'あ' },
      { line: 2, text: 'い' },
      { line: 3, text: 'う' },
    ]);
  });

  it('joins the letters a PDF spaced out, keeping a space between two ASCII words', () => {
    expect(isLetterSpaced('基 本 理 念')).toBe(true);
    expect(isLetterSpaced('地域の つながり')).toBe(false);
    expect(texts('( 1 ) 計 画 の 期 間')).toEqual(['(1)計画の期間']);
    expect(texts('F A X 0000-00-0000')).toEqual(['FAX 0000-00-0000']);
  });

  it('writes a bullet a symbol font drew (a private-use character from a PDF made in Word or LibreOffice) as a bullet', () => {
    expect(texts('\uF0B7 あいさつ運動の推進\n  \uF0A7見守り\nふつうの行\uF0B7')).toEqual([
      '・あいさつ運動の推進',
      '  ・見守り',
      'ふつうの行\uF0B7',
    ]);
    // A council's 外字 (a user-defined kanji) and a Wingdings circled digit are text, not bullets.
    expect(texts('\uE000田地区の防災訓練\n\uF081 見守り')).toEqual(['\uE000田地区の防災訓練', '\uF081 見守り']);
  });

  it('unwraps a bracket round a numbered label: 【基本目標1】題名 → 基本目標1 題名', () => {
    expect(texts('【基本目標1】つながる')).toEqual(['基本目標1 つながる']);
    expect(texts('【計画期間】 5年')).toEqual(['【計画期間】 5年']);
    expect(texts('【基本目標１】つながる')).toEqual(['基本目標１ つながる']);
  });

  it('splits bullets run on after a sentence', () => {
    expect(texts('- あいう。説明です。 - かきく')).toEqual(['- あいう。説明です。', '- かきく']);
  });

  it('breaks a text pasted as one line at its spaces, but not after 、 or a bare number', () => {
    expect(splitOneLine('福祉部会 目標 安心の、 まち 1. 行動:柱 あ')).toEqual([
      '福祉部会',
      '目標',
      '安心の、 まち',
      '1. 行動:柱',
      'あ',
    ]);
    // A word that only numbers what follows stays with it; a page number stays whole.
    expect(splitOneLine('重点目標1 ふれあいの町 (1) サロン ② 見守り - 4 - 重点目標2 学ぶ町')).toEqual([
      '重点目標1 ふれあいの町',
      '(1) サロン',
      '② 見守り',
      '- 4 -',
      '重点目標2 学ぶ町',
    ]);
    const one = Array.from({ length: 12 }, (_, i) => `地域の見守り活動その${i}`).join(' ');
    expect(texts(one)).toHaveLength(12);
    expect(texts(`${one}\n- 3 -\nTEL 0000-00-0000`)).toHaveLength(14);
  });

  it('splits a table flattened to | rows into cells and its bullets', () => {
    expect(splitTableRow('柱 | 目標 |')).toEqual(['柱', '目標']);
    expect(splitTableRow('・あ ・い |')).toEqual(['・あ', '・い']);
    expect(splitTableRow('ふつうの行')).toEqual(['ふつうの行']);
  });

  it("places a spaced row's cells under the header's columns, so a row opening with blanks keeps its first cells empty (table.columns)", () => {
    const rows = [
      '目標          施策の柱        主な取組',
      '1 あそぶ      (1) 外あそび    公園の清掃',
      '                              川あそびの会',
      '              (2) 室内あそび  将棋教室',
    ];
    expect(tabsForSpacedTables(rows)).toEqual([
      '目標\t施策の柱\t主な取組',
      '1 あそぶ\t(1) 外あそび\t公園の清掃',
      '\t\t川あそびの会',
      '\t(2) 室内あそび\t将棋教室',
    ]);
  });

  it('falls back to one column break a gap when the rows are not aligned under the header (table.columns)', () => {
    expect(tabsForSpacedTables(['基本目標   推進施策', 'とても長い題名の目標です   (1)い'])).toEqual([
      '基本目標\t推進施策',
      'とても長い題名の目標です\t(1)い',
    ]);
  });

  it('accepts 主な取り組み as a header word beside level words (table.header-words)', () => {
    expect(tabsForSpacedTables(['基本目標    主な取り組み', '1 まなぶ    読書会'])).toEqual([
      '基本目標\t主な取り組み',
      '1 まなぶ\t読書会',
    ]);
  });

  it('gives a spaced 体系図 its tabs back when the header row is level words', () => {
    expect(tabsForSpacedTables(['基本目標   推進施策', '1 あ   (1)い', '   (2)う', '', '本文  です'])).toEqual([
      '基本目標\t推進施策',
      '1 あ\t(1)い',
      '\t(2)う',
      '',
      '本文  です',
    ]);
  });

  it('knows page numbers and bare links', () => {
    expect(isPageFurniture('- 12 -')).toBe(true);
    expect(isPageFurniture('https://example.jp/a.pdf')).toBe(true);
    expect(isPageFurniture('- 1 見守り')).toBe(false);
  });
});
