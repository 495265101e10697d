import { describe, expect, it } from 'vitest';
import { MAX_SPAN, tableLines, type TableCell } from './tableLines';

const cells = (...texts: (string | null)[]): TableCell[] =>
  texts.map((t) => ({ text: t ?? '', span: 1, continues: t === null }));
const texts = (rows: TableCell[][]) => tableLines(rows, (r) => `row ${r + 1}`).map((l) => l.text);

describe('tableLines', () => {
  it('writes a 体系図 with merged cells as tab rows, a merged cell’s text in its first row only', () => {
    expect(
      texts([
        cells('基本目標', '施策', '取組'),
        cells('1 つながる', '(1) 見守り', '① 訪問'),
        cells(null, null, '② 声かけ'),
        cells(null, '(2) 居場所', '① サロン'),
      ]),
    ).toEqual(['基本目標\t施策\t取組', '1 つながる\t(1) 見守り\t① 訪問', '\t\t② 声かけ', '\t(2) 居場所\t① サロン']);
  });

  it('rows above the row naming the levels (a title, 「基本理念 | …」) become plain lines', () => {
    const withSpan: TableCell[] = [
      { text: '基本理念', span: 1, continues: false },
      { text: 'ささえあう町', span: 2, continues: false },
    ];
    expect(texts([cells('町の計画'), withSpan, cells('基本目標', '主な取組'), cells('1 つながる', '① 訪問')])).toEqual([
      '町の計画',
      '基本理念',
      'ささえあう町',
      '',
      '基本目標\t主な取組',
      '1 つながる\t① 訪問',
    ]);
  });

  it('a table of labels and values, or used for layout, is plain lines', () => {
    expect(texts([cells('計画期間', '令和7年度～令和11年度'), cells('策定', '町社会福祉協議会')])).toEqual([
      '計画期間',
      '令和7年度～令和11年度',
      '策定',
      '町社会福祉協議会',
    ]);
  });

  it('a row with one cell keeps a tab, so the table does not end there', () => {
    expect(texts([cells('基本目標', '施策'), cells('1 つながる', ''), cells(null, '(1) 見守り')])).toEqual([
      '基本目標\t施策',
      '1 つながる\t',
      '\t(1) 見守り',
    ]);
  });

  it('a merge wider than Word allows (a broken gridSpan) is cut to MAX_SPAN columns', () => {
    const wide: TableCell[] = [
      { text: '基本目標', span: 1, continues: false },
      { text: '施策', span: 100_000, continues: false },
      { text: '取組', span: 1, continues: false },
    ];
    const [line] = texts([wide]);
    expect(line.split('\t')).toEqual(['基本目標', '施策', ...Array<string>(MAX_SPAN - 1).fill(''), '取組']);
  });
});
