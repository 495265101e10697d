import { describe, expect, it } from 'vitest';
import { blockText } from './blockText';
import { dropFurniture } from './dropFurniture';
import { layoutText } from './layoutText';
import { pageLines } from './pageLines';
import { splitColumns } from './splitColumns';
import { tableRows } from './tableRows';
import type { Line, Run } from './types';

/** One run a character, `size` wide, from x on baseline y; a space leaves a gap. */
function runs(text: string, x: number, y: number, size = 10, spacing = 0): Run[] {
  const out: Run[] = [];
  for (const ch of text) {
    if (ch !== ' ') out.push({ text: ch, x, y, width: size, size });
    x += (ch === ' ' ? size / 2 : size) + spacing;
  }
  return out;
}
const text = (lines: Line[]) => lines.map((l) => l.frags.map((f) => f.text).join('|'));

describe('pageLines', () => {
  it('closes up letter-spaced headings and keeps a word space', () => {
    expect(text(pageLines([...runs('基本理念', 50, 100, 10, 6), ...runs('施策1 交流の場', 50, 130)]))).toEqual([
      '基本理念',
      '施策1 交流の場',
    ]);
  });

  it('closes up a heading justified across a wide box', () => {
    expect(text(pageLines(['基', '本', '理', '念'].flatMap((c, i) => runs(c, 50 + i * 60, 100))))).toEqual([
      '基本理念',
    ]);
  });

  it('reads the ideograph where the font says a Kangxi radical (⽬ → 目, ⻄ → 西)', () => {
    expect(text(pageLines(runs('基本⽬標 ⻄町', 50, 100)))).toEqual(['基本目標 西町']);
  });

  it('splits a line into fragments at wide gaps', () => {
    expect(text(pageLines([...runs('基本目標', 50, 100), ...runs('施策', 200, 100)]))).toEqual(['基本目標|施策']);
  });
});

describe('dropFurniture', () => {
  const page = (body: string, n: number) => ({
    height: 800,
    lines: pageLines([...runs('第1次計画', 400, 30), ...runs(body, 50, 300), ...runs(`- ${n} -`, 280, 780)]),
  });
  it('drops a header repeated on every page and page numbers at the foot', () => {
    expect(dropFurniture([page('基本目標1', 1), page('基本目標2', 2)]).map(text)).toEqual([
      ['基本目標1'],
      ['基本目標2'],
    ]);
  });
});

describe('splitColumns', () => {
  it('starts the columns at a heading that stands beside the other column’s first line', () => {
    const body = 'あいうえおかきくけこさしすせそたちつてと';
    const lines = pageLines([
      ...runs('中央にある標語ですね', 240, 80),
      ...runs('基本目標1', 50, 110, 12),
      ...runs(body, 330, 110),
      ...[0, 1, 2, 3].flatMap((i) => [...runs(body, 50, 130 + i * 16), ...runs(body, 330, 130 + i * 16)]),
    ]);
    const blocks = splitColumns(lines);
    expect(blocks.map((b) => text(b)[0])).toEqual(['中央にある標語ですね', '基本目標1', body]);
  });

  it('reads the left column to its end before the right one', () => {
    const col = (x: number, head: string) => [
      ...runs(head, x, 100),
      ...[0, 1, 2, 3].flatMap((i) => runs('あいうえおかきくけこさしすせそ', x, 120 + i * 16)),
    ];
    const blocks = splitColumns(pageLines([...col(50, '左の見出し'), ...col(320, '右の見出し')]));
    expect(blocks.map((b) => text(b)[0])).toEqual(['左の見出し', '右の見出し']);
  });
});

describe('tableRows', () => {
  it('puts a merged cell’s text in the first of its rows, centred or at the top', () => {
    const lines = pageLines([
      ...runs('基本目標', 50, 100),
      ...runs('施策', 200, 100),
      ...runs('1 ふれあう', 50, 137),
      ...runs('(1) 交流', 200, 130),
      ...runs('(2) 見守り', 200, 144),
      ...runs('2 支え合う', 50, 160),
      ...runs('(1) 担い手', 200, 160),
      ...runs('(2) 災害', 200, 174),
    ]);
    expect(tableRows(lines)).toEqual([
      '基本目標\t施策',
      '1 ふれあう\t(1) 交流',
      '\t(2) 見守り',
      '2 支え合う\t(1) 担い手',
      '\t(2) 災害',
    ]);
  });
});

describe('blockText', () => {
  it('joins a wrapped paragraph without a space or hyphen, and leaves headings alone', () => {
    const lines = pageLines([
      ...runs('基本目標1 つながる', 50, 100),
      ...runs('地域のみなさんと社会福祉協議会', 50, 130),
      ...runs('が取り組みます。', 50, 146),
      ...runs('(1) 見守り', 50, 180),
    ]);
    expect(blockText(lines)).toEqual([
      '基本目標1 つながる',
      '',
      '地域のみなさんと社会福祉協議会が取り組みます。',
      '',
      '(1) 見守り',
    ]);
  });
});

describe('layoutText', () => {
  it('marks where each page begins with a form feed, a new paragraph', () => {
    const page = (n: number, t: string) => ({ page: n, width: 600, height: 800, runs: runs(t, 50, 300) });
    expect(layoutText([page(1, '基本目標1'), page(2, '基本目標2')])).toBe('\f基本目標1\n\n\f基本目標2');
  });
});

describe('blockText tables', () => {
  it('writes a headed table as tab-separated rows and a headerless chart one cell a line', () => {
    const headed = pageLines([
      ...runs('基本目標', 50, 100),
      ...runs('施策', 200, 100),
      ...runs('1 ふれあう', 50, 120),
      ...runs('(1) 交流', 200, 120),
      ...runs('(2) 見守り', 200, 140),
      ...runs('2 支え合う', 50, 160),
      ...runs('(1) 担い手', 200, 160),
    ]);
    expect(blockText(headed)).toEqual([
      '基本目標\t施策',
      '1 ふれあう\t(1) 交流',
      '\t(2) 見守り',
      '2 支え合う\t(1) 担い手',
      '',
    ]);
    const chart = pageLines([
      ...runs('施策1 交流', 200, 100),
      ...runs('① サロン', 350, 100),
      ...runs('基本目標1 ふれあう', 20, 110),
      ...runs('施策2 見守り', 200, 120),
      ...runs('① 声かけ', 350, 120),
      ...runs('施策3 相談', 200, 140),
      ...runs('① 窓口', 350, 140),
    ]);
    expect(blockText(chart)).toEqual([
      '基本目標1 ふれあう',
      '施策1 交流',
      '① サロン',
      '施策2 見守り',
      '① 声かけ',
      '施策3 相談',
      '① 窓口',
      '',
    ]);
  });
});

describe('dropFurniture keeps headings', () => {
  it('keeps a numbered heading that starts every page, and drops a header whose number follows the page', () => {
    const page = (n: number) => ({
      height: 800,
      lines: pageLines([
        ...runs(`大町計画 ${n + 10}`, 400, 30),
        ...runs(`基本目標${n} 地域の力`, 50, 60),
        ...runs('本文です。', 50, 300),
      ]),
    });
    expect(dropFurniture([page(1), page(2), page(3)]).map(text)).toEqual(
      [1, 2, 3].map((n) => [`基本目標${n} 地域の力`, '本文です。']),
    );
  });
});

describe('blockText line pitch', () => {
  it('joins a paragraph set double-spaced, and still breaks where the paragraph ends', () => {
    const line = (t: string, y: number) => runs(t, 50, y, 8);
    const lines = pageLines([
      ...line('地域のみなさんと社会福祉協議会が', 100),
      ...line('話し合いを重ねてきました。これから', 120),
      ...line('も続けます。', 140),
      ...line('次の段落の文章がここから始まって', 170),
      ...line('ここで終わります。', 190),
    ]);
    expect(blockText(lines)).toEqual([
      '地域のみなさんと社会福祉協議会が話し合いを重ねてきました。これからも続けます。',
      '',
      '次の段落の文章がここから始まってここで終わります。',
    ]);
  });
});

describe('layoutText with the page drawing', () => {
  const grid = (x: number[], y: number[]) => ({
    h: y.map((yy) => ({ x0: x[0], x1: x[x.length - 1], y0: yy, y1: yy })),
    v: x.map((xx) => ({ x0: xx, x1: xx, y0: y[0], y1: y[y.length - 1] })),
    rects: [],
  });
  it('reads a ruled table by cell, whatever the alignment inside, and drops its header row repeated on the next page', () => {
    // The merged goal cell's text is centred across its two rows, the header centred over its column.
    const page1 = {
      page: 1,
      width: 600,
      height: 800,
      runs: [
        ...runs('基本目標', 110, 115),
        ...runs('施策', 330, 115),
        ...runs('1 ふれあう', 100, 165),
        ...runs('(1) 交流', 300, 145),
        ...runs('(2) 見守り', 300, 190),
      ],
      drawing: grid([50, 250, 450], [100, 120, 200]),
    };
    page1.drawing.h.push({ x0: 250, x1: 450, y0: 160, y1: 160 });
    const page2 = {
      page: 2,
      width: 600,
      height: 800,
      runs: [
        ...runs('基本目標', 80, 115),
        ...runs('施策', 330, 115),
        ...runs('2 支え合う', 60, 135),
        ...runs('(1) 担い手', 300, 135),
      ],
      drawing: grid([50, 250, 450], [100, 120, 150]),
    };
    expect(layoutText([page1, page2])).toBe(
      '\f基本目標\t施策\n1 ふれあう\t(1) 交流\n\t(2) 見守り\n\f2 支え合う\t(1) 担い手',
    );
  });

  it('takes a header row with year columns (R7, R8) for a header', () => {
    const page = {
      page: 1,
      width: 600,
      height: 800,
      runs: [
        ...runs('基本目標', 60, 115),
        ...runs('施策', 160, 115),
        ...runs('R7', 260, 115),
        ...runs('1 つながる', 60, 140),
        ...runs('(1) 見守り', 160, 140),
        ...runs('○', 260, 140),
      ],
      drawing: grid([50, 150, 250, 300], [100, 120, 150]),
    };
    expect(layoutText([page])).toBe('\f基本目標\t施策\tR7\n1 つながる\t(1) 見守り\t○');
  });

  it('reads boxes side by side one box at a time', () => {
    const box = (x: number) => ({ x0: x, y0: 100, x1: x + 200, y1: 300, stroked: true, filled: false });
    const page = {
      page: 1,
      width: 600,
      height: 800,
      runs: [
        ...runs('基本目標1 つながる', 60, 120),
        ...runs('基本目標2 ささえる', 310, 120),
        ...runs('(1) 見守り', 60, 135),
        ...runs('(1) 相談', 310, 135),
      ],
      drawing: { h: [], v: [], rects: [box(50), box(300)] },
    };
    expect(layoutText([page])).toBe('\f基本目標1 つながる\n(1) 見守り\n\n基本目標2 ささえる\n(1) 相談');
  });
});

describe('blockText on a tagged page', () => {
  const tagged = (rs: Run[], tag: Run['tag']) => rs.map((r) => ({ ...r, tag }));
  const body = (s: string, y: number, block: number) => tagged(runs(s, 50, y), { block, kind: 'text' });

  it('keeps a heading wrapped onto two lines as one, and opens a paragraph before it though the spacing says nothing', () => {
    const heading = { block: 1, kind: 'heading' as const, rank: 2 };
    const lines = pageLines([
      ...body('地域のみなさんと話し合いました。', 100, 0),
      ...tagged(runs('基本目標1 地域の', 50, 114), heading),
      ...tagged(runs('つながり', 50, 128), heading),
      ...body('本文です。', 142, 2),
    ]);
    expect(blockText(lines)).toEqual([
      '地域のみなさんと話し合いました。',
      '',
      '基本目標1 地域のつながり',
      '本文です。',
    ]);
  });

  it('never runs two tagged paragraphs together, though the first one’s last line fills the measure', () => {
    const lines = (tag: (b: number) => Run['tag']) =>
      pageLines([
        ...tagged(runs('地域のみなさんと話し合いを重ねました', 50, 100), tag(0)),
        ...tagged(runs('見守りの輪を広げるため集まりました', 50, 114), tag(0)),
        ...tagged(runs('その内容は次のとおりです', 50, 128), tag(1)),
      ]);
    // By position alone the three lines are one paragraph.
    expect(blockText(lines(() => undefined))).toEqual([
      '地域のみなさんと話し合いを重ねました見守りの輪を広げるため集まりましたその内容は次のとおりです',
    ]);
    expect(blockText(lines((block) => ({ block, kind: 'text' })))).toEqual([
      '地域のみなさんと話し合いを重ねました見守りの輪を広げるため集まりました',
      'その内容は次のとおりです',
    ]);
  });

  it('reads a list item’s label and body as one piece however wide the gap, and indents a nested item', () => {
    const lines = pageLines([
      ...tagged([...runs('(1)', 50, 100), ...runs('見守り', 120, 100)], { block: 0, kind: 'item', depth: 1 }),
      ...tagged([...runs('①', 70, 114), ...runs('声かけ訪問', 120, 114)], { block: 1, kind: 'item', depth: 2 }),
    ]);
    expect(blockText(lines)).toEqual(['(1) 見守り', '  ① 声かけ訪問']);
  });
});
