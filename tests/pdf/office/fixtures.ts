/**
 * Plan PDFs as councils make them in an office suite (LibreOffice's own PDF export), for
 * fictional councils. Each fixture: the source document, and what a reader of the PDF sees,
 * written by hand: the tree (titles, each node's page), the 基本理念, the page count.
 * `unseen` fixtures were kept aside while the reader was built (reported apart).
 */
import {
  A3L,
  A4,
  A4L,
  calc,
  cellStyle,
  columnsSection,
  columnsStyle,
  frameStyles,
  heading,
  impress,
  pageFrame,
  pageLine,
  para,
  list,
  listStyle,
  writer,
  writerTable,
  writerTableStyles,
  type Cell,
  type Face,
  type ListItem,
  type ParaStyle,
  type Shape,
  type SheetCell,
} from './odf';

export interface Node {
  t: string;
  page: number;
  kids?: Node[];
}
export interface Fixture {
  name: string;
  app: 'writer' | 'calc' | 'impress';
  layout: string;
  tagged: boolean;
  unseen?: boolean;
  /** Also build it untagged (<name>-untagged.pdf): the same pages without their structure, to show what the tags change. */
  untaggedTwin?: boolean;
  source: () => string;
  expect: { levels: string[]; vision: string; tree: Node[]; pages: number };
}

const n = (t: string, page: number, kids?: Node[]): Node => ({ t, page, kids });
const ZEN = '０１２３４５６７８９';
const circled = (i: number) => String.fromCodePoint(0x2460 + i);

// ---- shared pieces ------------------------------------------------------------------------

const prose = (topic: string, k: number) =>
  Array.from(
    { length: k },
    (_, i) =>
      `${topic}について、地域の住民、民生委員・児童委員、福祉委員、ボランティア団体、事業所と社会福祉協議会が話し合いを重ね、${['現状と課題を整理しました', '必要な取組を確かめました', '役割分担を見直しました', '今後の方向を共有しました'][i % 4]}。`,
  ).join('');

const styles = (size: number, extra: ParaStyle[] = []): ParaStyle[] => [
  { name: 'Title', size: size + 8, bold: true, align: 'center', before: 4, after: 6 },
  { name: 'H1', size: size + 4, bold: true, before: 4, after: 2 },
  { name: 'H2', size: size + 2, bold: true, before: 3, after: 1.5 },
  { name: 'H3', size: size + 1, bold: true, before: 2, after: 1 },
  { name: 'Body', size, lineHeight: 150, after: 2, align: 'justify' },
  { name: 'Center', size: size + 2, align: 'center', after: 2 },
  { name: 'Cell', size: size - 1, align: 'start', after: 0 },
  { name: 'CellC', size: size - 1, align: 'center', after: 0 },
  { name: 'CellH', size: size - 1, align: 'center', bold: true, after: 0 },
  { name: 'Break', size, breakBefore: true, after: 0 },
  ...extra,
];

/** A 体系図 as table rows: each goal cell spans its 施策 rows, each 施策 its 取組 rows. */
function tableRows<C>(
  tree: Node[],
  depth: number,
  cell: (text: string, level: number, span: number) => C,
  extra: (leaf: Node, path: Node[]) => C[] = () => [],
): (C | null)[][] {
  const leaves = (x: Node, d: number): number =>
    d === depth - 1 || !x.kids?.length ? 1 : x.kids.reduce((s, k) => s + leaves(k, d + 1), 0);
  const rows: (C | null)[][] = [];
  const label = (x: Node, d: number, i: number) =>
    d === 0 ? `${i + 1} ${x.t}` : d === 1 ? `(${i + 1}) ${x.t}` : `${circled(i)} ${x.t}`;
  const go = (xs: Node[], d: number, lead: (C | null)[], path: Node[]) =>
    xs.forEach((x, i) => {
      const here = [...lead, cell(label(x, d, i), d, leaves(x, d))];
      if (d === depth - 1 || !x.kids?.length) return void rows.push([...here, ...extra(x, [...path, x])]);
      x.kids.forEach((_, k) => k); // children follow
      const before = rows.length;
      go(x.kids, d + 1, here, [...path, x]);
      for (let r = before + 1; r < rows.length; r++) rows[r].splice(d, 1, null);
    });
  go(tree, 0, [], []);
  return rows;
}

// ---- the plans (hand-written) ------------------------------------------------------------

const sakuradai = [
  n('つながりを育む地域づくり', 3, [n('見守り活動の推進', 3), n('居場所づくりの充実', 3), n('世代間交流の促進', 3)]),
  n('安心して暮らせる仕組みづくり', 4, [n('総合相談体制の整備', 4), n('権利擁護の推進', 4)]),
  n('担い手を育てる地域づくり', 5, [n('ボランティアの育成', 5), n('福祉教育の推進', 5)]),
];

const minamigaoka = [
  n('ふれあいのあるまち', 1, [
    n('交流の場づくり', 1, [n('ふれあいサロンの運営', 1), n('子ども食堂への支援', 1)]),
    n('見守りの輪', 1, [n('声かけ訪問の実施', 1)]),
  ]),
  n('支え合うまち', 1, [
    n('担い手の育成', 1, [n('ボランティア講座の開催', 1), n('中高生の福祉体験', 1)]),
    n('災害への備え', 1, [n('避難行動要支援者の把握', 1), n('福祉避難所の訓練', 1)]),
  ]),
];

const kawabe = [
  n('住民が主役の地域福祉', 1, [
    n('地区社協の活動支援', 1, [n('地区懇談会の開催', 1), n('活動費の助成', 1)]),
    n('情報の共有', 1, [n('広報紙の発行', 1)]),
  ]),
  n('誰ひとり取り残さない支援', 1, [
    n('生活困窮への対応', 1, [n('フードバンクの運営', 1), n('家計相談の実施', 1)]),
    n('孤立の防止', 1, [n('傾聴ボランティアの派遣', 1)]),
  ]),
  n('安全で安心な暮らし', 1, [n('防災活動の推進', 1, [n('防災マップづくり', 1)])]),
];

const aoba = [
  n('地域の絆を深める', 1, [
    n('あいさつ運動の推進', 1, [n('登下校の見守り', 1), n('あいさつ標語の募集', 1)]),
    n('交流行事の開催', 1, [n('ふれあい運動会', 1)]),
  ]),
  n('相談できる窓口をつくる', 1, [
    n('身近な相談の場', 1, [n('出張相談会の開催', 1), n('相談員の研修', 1)]),
    n('専門機関との連携', 1, [n('支援会議の定例化', 1)]),
  ]),
  n('福祉の担い手を増やす', 1, [
    n('人材の発掘', 1, [n('ボランティア登録の拡大', 1)]),
    n('活動の継続支援', 1, [n('活動報告会の開催', 1), n('活動保険の助成', 1)]),
  ]),
];

const hikari = [
  n('誰もが参加できる地域', 1, [
    n('サロン活動の充実', 1, [n('新規サロンの立ち上げ支援', 1), n('サロン交流会', 1)]),
    n('移動の支援', 1, [n('買い物送迎の実施', 1)]),
    n('情報の届け方', 1, [n('声の広報の発行', 1)]),
  ]),
  n('困りごとを受け止める地域', 1, [
    n('相談窓口の周知', 1, [n('相談窓口マップの配布', 1), n('出前相談の実施', 1)]),
    n('見守りネットワーク', 1, [n('協力事業所の登録', 1), n('見守り研修会', 1)]),
  ]),
  n('子どもと子育てを支える地域', 1, [
    n('子育てサロン', 1, [n('親子ひろばの開催', 1)]),
    n('学習支援', 1, [n('学習教室の運営', 1), n('ボランティア学生の募集', 1)]),
  ]),
  n('健康で長生きできる地域', 1, [
    n('介護予防の推進', 1, [n('体操教室の開催', 1), n('健康講座', 1)]),
    n('認知症への理解', 1, [n('認知症サポーター養成', 1)]),
  ]),
];

// ---- Writer: headings in running text ------------------------------------------------------

function reportBody(council: string, title: string, vision: string, tree: Node[]): string {
  const cover = [
    para('Center', ''),
    para('Title', title),
    para('Center', council),
    para('Center', '令和７年３月'),
  ].join('');
  const intro = [
    para('Break', ''),
    heading('H1', 1, 'はじめに'),
    para('Body', prose('この計画', 3)),
    heading('H1', 1, '基本理念'),
    para('Center', vision),
  ].join('');
  const goals = tree.map((g, i) =>
    [
      para('Break', ''),
      heading('H1', 1, `基本目標${ZEN[i + 1]} ${g.t}`),
      para('Body', prose(g.t, 2)),
      ...(g.kids ?? []).flatMap((k, j) => [heading('H2', 2, `(${j + 1}) ${k.t}`), para('Body', prose(k.t, 1))]),
    ].join(''),
  );
  return cover + intro + goals.join('');
}

const writerReport: Fixture = {
  name: 'writer-report',
  app: 'writer',
  layout: 'Writer A4 portrait, Mincho, cover + headings in running text, running header and page numbers',
  tagged: true,
  source: () =>
    writer({
      face: 'Noto Serif CJK JP',
      page: A4,
      header: '第３次桜台町地域福祉活動計画',
      footer: true,
      paraStyles: styles(10.5),
      body: reportBody(
        '社会福祉法人 桜台町社会福祉協議会',
        '第３次桜台町地域福祉活動計画',
        'ともに支え合い、笑顔でつながる桜台町',
        sakuradai,
      ),
    }),
  expect: {
    levels: ['基本目標 3', '施策 7'],
    vision: 'ともに支え合い、笑顔でつながる桜台町',
    tree: sakuradai,
    pages: 5,
  },
};

// ---- Writer: ruled 体系図 tables ------------------------------------------------------------

function writerTableDoc(o: {
  face: Face;
  page: typeof A4;
  title: string;
  vision: string;
  tree: Node[];
  padding: number;
  align: 'CellC' | 'Cell';
  valign: 'middle' | 'top';
  widths: number[];
  extra?: { head: string[]; cells: (leaf: Node, path: Node[]) => string[] };
}): string {
  const head: Cell[] = ['基本目標', '施策', '取組', ...(o.extra?.head ?? [])].map((h) => ({
    lines: [h],
    style: 'TH',
    para: 'CellH',
  }));
  const rows = tableRows<Cell>(
    o.tree,
    3,
    (text, _l, span) => ({ lines: [text], rows: span > 1 ? span : undefined, style: 'TD', para: o.align }),
    (leaf, path) => (o.extra?.cells(leaf, path) ?? []).map((t) => ({ lines: [t], style: 'TD', para: 'CellC' })),
  );
  const extraStyles =
    writerTableStyles('T1', o.widths) +
    cellStyle('TH', { padding: o.padding, valign: 'middle', fill: '#dde6f0' }) +
    cellStyle('TD', { padding: o.padding, valign: o.valign });
  const body = [
    para('Title', o.title),
    heading('H1', 1, '基本理念'),
    para('Center', o.vision),
    heading('H1', 1, '計画の体系'),
    writerTable('T1', o.widths, [head], rows),
  ].join('');
  return writer({ face: o.face, page: o.page, paraStyles: styles(10.5), extraStyles, body });
}

const writerTableCentred: Fixture = {
  name: 'writer-table-centred',
  app: 'writer',
  layout: 'Writer A4 portrait, Gothic, ruled table: header and cells centred, merged cells vertically centred',
  tagged: true,
  source: () =>
    writerTableDoc({
      face: 'Noto Sans CJK JP',
      page: A4,
      title: '南が丘地区地域福祉活動計画',
      vision: 'だれもが安心して暮らせる南が丘',
      tree: minamigaoka,
      padding: 1.5,
      align: 'CellC',
      valign: 'middle',
      widths: [50, 55, 69],
    }),
  expect: {
    levels: ['基本目標 2', '施策 4', '取組 7'],
    vision: 'だれもが安心して暮らせる南が丘',
    tree: minamigaoka,
    pages: 1,
  },
};

const writerTableTight: Fixture = {
  name: 'writer-table-tight',
  app: 'writer',
  layout: 'Writer A4 landscape, Mincho, ruled table with tight padding and extra columns 担い手・年度',
  tagged: false,
  source: () =>
    writerTableDoc({
      face: 'Noto Serif CJK JP',
      page: A4L,
      title: '川辺村地域福祉活動計画',
      vision: '住みなれた川辺で、いつまでも',
      tree: kawabe,
      padding: 0.2,
      align: 'Cell',
      valign: 'middle',
      widths: [58, 50, 60, 55, 36],
      extra: {
        head: ['担い手', '年度'],
        cells: (_l, path) => [
          ['住民・地区社協', '社協・行政', '住民・事業所'][path[0] === kawabe[0] ? 0 : path[0] === kawabe[1] ? 1 : 2],
          'R７～R11',
        ],
      },
    }),
  expect: {
    levels: ['基本目標 3', '施策 5', '取組 7'],
    vision: '住みなれた川辺で、いつまでも',
    tree: kawabe,
    pages: 1,
  },
};

// ---- Calc: 体系図 sheets -------------------------------------------------------------------

function sheetDoc(o: {
  face: Face;
  page: typeof A4;
  title: string;
  vision: string;
  tree: Node[];
  size: number;
  align: 'start' | 'center';
  valign: 'top' | 'middle';
  padding: number;
  repeat: boolean;
  rowHeight: number;
  widths: number[];
  extra?: { head: string[]; cells: (leaf: Node, path: Node[]) => string[] };
}): string {
  const head: SheetCell[] = ['基本目標', '施策', '取組', ...(o.extra?.head ?? [])].map((t) => ({
    text: t,
    style: 'th',
  }));
  const rows = tableRows<SheetCell>(
    o.tree,
    3,
    (text, _l, span) => ({ text, rows: span > 1 ? span : undefined, style: 'td' }),
    (leaf, path) => (o.extra?.cells(leaf, path) ?? []).map((t) => ({ text: t, style: 'tc' })),
  );
  return calc({
    face: o.face,
    page: o.page,
    size: o.size,
    widths: o.widths,
    rowHeight: o.rowHeight,
    repeatHead: o.repeat,
    above: [
      { text: o.title, style: 'title' },
      { text: '基本理念', style: 'plain' },
      { text: o.vision, style: 'plain' },
    ],
    head,
    rows,
    cellStyles: [
      { name: 'title', align: 'start', valign: 'middle', border: false, padding: 0.5, bold: true, size: o.size + 4 },
      { name: 'plain', align: 'start', valign: 'middle', border: false, padding: 0.5 },
      { name: 'th', align: 'center', valign: 'middle', border: true, padding: o.padding, bold: true, fill: '#d9e2ef' },
      { name: 'td', align: o.align, valign: o.valign, border: true, padding: o.padding },
      { name: 'tc', align: 'center', valign: 'middle', border: true, padding: o.padding },
    ],
  });
}

const calcA3: Fixture = {
  name: 'calc-a3',
  app: 'calc',
  layout: 'Calc A3 landscape, Gothic, merged cells centred both ways, extra column 担い手',
  tagged: false,
  source: () =>
    sheetDoc({
      face: 'Noto Sans CJK JP',
      page: A3L,
      title: '青葉市地域福祉活動計画 体系図',
      vision: '絆でつなぐ、ぬくもりのまち青葉',
      tree: aoba,
      size: 11,
      align: 'center',
      valign: 'middle',
      padding: 0.5,
      repeat: false,
      rowHeight: 10,
      widths: [80, 80, 90, 60],
      extra: { head: ['担い手'], cells: () => ['住民・社協'] },
    }),
  expect: {
    levels: ['基本目標 3', '施策 6', '取組 9'],
    vision: '絆でつなぐ、ぬくもりのまち青葉',
    tree: aoba,
    pages: 1,
  },
};

const hikariPaged = (rowsFirstPage: number) => {
  let row = 0;
  const at = (x: Node): Node => ({ ...x, kids: x.kids?.map(at), page: 0 });
  const tree = hikari.map(at);
  // Rows fill the first page, then the second (the header repeats there).
  const place = (x: Node, d: number): number => {
    if (d === 2 || !x.kids?.length) {
      x.page = row < rowsFirstPage ? 1 : 2;
      row++;
      return x.page;
    }
    const pages = x.kids.map((k) => place(k, d + 1));
    x.page = pages[0];
    return x.page;
  };
  tree.forEach((g) => place(g, 0));
  return tree;
};

const calcRepeat: Fixture = {
  name: 'calc-repeat',
  app: 'calc',
  layout: 'Calc A4 portrait, Mincho, a long table over two pages with its header row repeated, merged cells centred',
  tagged: false,
  source: () =>
    sheetDoc({
      face: 'Noto Serif CJK JP',
      page: A4,
      title: 'ひかり町地域福祉活動計画',
      vision: 'ひかりあふれる、支え合いのまち',
      tree: hikari,
      size: 10,
      align: 'start',
      valign: 'middle',
      padding: 1,
      repeat: true,
      rowHeight: 16,
      widths: [55, 55, 70],
    }),
  expect: {
    levels: ['基本目標 4', '施策 9', '取組 14'],
    vision: 'ひかりあふれる、支え合いのまち',
    tree: hikariPaged(13),
    pages: 2,
  },
};

// ---- Impress: boxes side by side ------------------------------------------------------------

const midori = [
  n('地域でつながる', 2, [n('見守り活動', 2), n('ふれあいサロン', 2), n('世代間交流', 2)]),
  n('地域で支え合う', 2, [n('生活支援サービス', 2), n('移動支援', 2)]),
  n('地域で育てる', 2, [n('ボランティア養成', 2), n('福祉教育', 2), n('地区活動の支援', 2)]),
];

const impressBoxes: Fixture = {
  name: 'impress-boxes',
  app: 'impress',
  layout: 'Impress 16:9, Gothic, three goal boxes side by side joined by connector lines',
  tagged: true,
  source: () =>
    impress({
      face: 'Noto Sans CJK JP',
      page: { w: 280, h: 157.5 },
      slides: [
        {
          shapes: [
            { kind: 'text', x: 20, y: 30, w: 240, h: 20, lines: ['みどり町地域福祉活動計画'], size: 28, bold: true },
            { kind: 'text', x: 20, y: 70, w: 240, h: 12, lines: ['基本理念'], size: 18, bold: true },
            { kind: 'text', x: 20, y: 85, w: 240, h: 14, lines: ['緑の中で、みんなが笑顔で暮らせるまち'], size: 20 },
          ],
          links: [],
        },
        {
          shapes: [
            { kind: 'text', x: 15, y: 8, w: 250, h: 14, lines: ['計画の体系'], size: 22, bold: true },
            ...midori.map((g, i): Shape => ({
              kind: 'box',
              x: 15 + i * 87,
              y: 45,
              w: 76,
              h: 80,
              size: 16,
              lines: [`基本目標${i + 1} ${g.t}`, ...(g.kids ?? []).map((k, j) => `(${j + 1}) ${k.t}`)],
            })),
          ],
          links: [
            { x1: 53, y1: 35, x2: 227, y2: 35 },
            ...[0, 1, 2].map((i) => ({ x1: 53 + i * 87, y1: 35, x2: 53 + i * 87, y2: 45 })),
            { x1: 140, y1: 25, x2: 140, y2: 35 },
          ],
        },
      ],
    }),
  expect: { levels: ['基本目標 3', '施策 8'], vision: '緑の中で、みんなが笑顔で暮らせるまち', tree: midori, pages: 2 },
};

// ---- Writer: two columns of short lines --------------------------------------------------------

const izumi = [
  n('ともに生きる', 1, [n('障がいへの理解', 1), n('多文化共生', 1), n('交流の機会', 1)]),
  n('ともに支える', 1, [n('見守り訪問', 1), n('買い物支援', 1), n('ごみ出し支援', 1)]),
  n('ともに備える', 1, [n('防災訓練', 1), n('要支援者名簿', 1), n('避難所運営', 1)]),
  n('ともに学ぶ', 1, [n('福祉講座', 1), n('出前授業', 1), n('研修会', 1)]),
];

const writerTwoColumns: Fixture = {
  name: 'writer-two-columns',
  app: 'writer',
  layout: 'Writer A4 portrait, Gothic, 概要版 in two columns of short lines',
  tagged: true,
  source: () =>
    writer({
      face: 'Noto Sans CJK JP',
      page: A4,
      paraStyles: styles(11),
      extraStyles: columnsStyle('Cols', 2, 12),
      body: [
        para('Title', 'いずみ市地域福祉活動計画 概要版'),
        heading('H1', 1, '基本理念'),
        para('Center', 'ともに生き、ともに支え合う いずみ'),
        heading('H1', 1, '計画の体系'),
        columnsSection(
          'Cols',
          izumi
            .map((g, i) =>
              [
                heading('H2', 2, `基本目標${i + 1} ${g.t}`),
                ...(g.kids ?? []).map((k, j) => para('Body', `(${j + 1}) ${k.t}`)),
              ].join(''),
            )
            .join(''),
        ),
      ].join(''),
    }),
  expect: { levels: ['基本目標 4', '施策 12'], vision: 'ともに生き、ともに支え合う いずみ', tree: izumi, pages: 1 },
};

// ---- Writer: a 40-page plan with a 目次 -------------------------------------------------------

const umigaoka = [
  ['ささえあいの輪を広げる', ['見守り活動の充実', '声かけ運動の推進', 'サロン活動の支援']],
  ['安心して相談できる', ['相談窓口の充実', '権利擁護の推進', '生活困窮者への支援']],
  ['地域の力を育てる', ['ボランティアの育成', '福祉教育の推進', '地区社協の強化']],
  ['災害に強い地域をつくる', ['防災意識の向上', '要支援者の把握', '避難所の運営支援']],
  ['健やかに暮らす', ['介護予防の推進', '健康づくりの支援', '認知症への理解']],
] as const;
/** Pages: cover 1, 目次 2, 第1章 3–8, 第2章 9–16, 第3章 17, 第4章 18–37 (a goal page + 3 施策 pages each), 第5章 38–40. */
const umigaokaTree = umigaoka.map(([g, ks], i) =>
  n(
    g,
    18 + i * 4,
    ks.map((k, j) => n(k, 19 + i * 4 + j)),
  ),
);

function tocDoc(): string {
  const toc = [
    ['第１章 計画の策定にあたって', 3],
    ['第２章 地域の現状と課題', 9],
    ['第３章 計画の基本的な考え方', 17],
    ['第４章 施策の展開', 18],
    ...umigaoka.map(([g], i) => [`基本目標${ZEN[i + 1]} ${g}`, 18 + i * 4] as const),
    ['第５章 計画の推進', 38],
  ] as const;
  const page = (h: string, k: number) => [para('Break', ''), heading('H2', 2, h), para('Body', prose(h, k))].join('');
  const chapter = (h: string, pages: string[]) =>
    [para('Break', ''), heading('H1', 1, h), para('Body', prose(h, 4)), ...pages.slice(1).map((p) => page(p, 9))].join(
      '',
    );
  return [
    para('Center', ''),
    para('Title', '第２次うみがおか市地域福祉活動計画'),
    para('Center', 'うみがおか市社会福祉協議会'),
    para('Center', '令和７年度～令和11年度'),
    para('Break', ''),
    heading('H1', 1, '目次'),
    ...toc.map(([t, p]) => para(t.startsWith('基本') ? 'TocSub' : 'Toc', `${t}\t${p}`)),
    chapter('第１章 計画の策定にあたって', [
      '',
      '１ 計画策定の趣旨',
      '２ 計画の位置づけ',
      '３ 計画の期間',
      '４ 策定の体制',
      '５ 地域福祉とは',
    ]),
    chapter('第２章 地域の現状と課題', [
      '',
      '１ 人口の推移',
      '２ 高齢者の状況',
      '３ 子育て世帯の状況',
      '４ 障がいのある人の状況',
      '５ 住民アンケートの結果',
      '６ 地区懇談会の意見',
      '７ 見えてきた課題',
    ]),
    [
      para('Break', ''),
      heading('H1', 1, '第３章 計画の基本的な考え方'),
      heading('H2', 2, '１ 基本理念'),
      para('Center', '海と緑に抱かれ、ともに支え合うまち'),
      para('Body', prose('基本理念', 3)),
    ].join(''),
    ...umigaoka.map(([g, ks], i) =>
      [
        para('Break', ''),
        ...(i === 0 ? [heading('H1', 1, '第４章 施策の展開')] : []),
        heading('H2', 2, `基本目標${ZEN[i + 1]} ${g}`),
        para('Body', prose(g, 4)),
        ...ks.map((k, j) =>
          [para('Break', ''), heading('H3', 3, `(${j + 1}) ${k}`), para('Body', prose(k, 8))].join(''),
        ),
      ].join(''),
    ),
    chapter('第５章 計画の推進', ['', '１ 推進体制', '２ 進行管理']),
  ].join('');
}

const writerToc40: Fixture = {
  name: 'writer-toc-40',
  app: 'writer',
  layout:
    'Writer A4 portrait, Mincho, 40 pages: cover, 目次 with dot leaders, chapters of prose, running header and page numbers',
  tagged: true,
  source: () =>
    writer({
      face: 'Noto Serif CJK JP',
      page: A4,
      header: '第２次うみがおか市地域福祉活動計画',
      footer: true,
      paraStyles: styles(10.5, [
        { name: 'Toc', size: 11, leaderTab: 170, after: 2 },
        { name: 'TocSub', size: 11, leaderTab: 170, indent: 8, after: 2 },
      ]),
      body: tocDoc(),
    }),
  expect: {
    levels: ['基本目標 5', '施策 15'],
    vision: '海と緑に抱かれ、ともに支え合うまち',
    tree: umigaokaTree,
    pages: 40,
  },
};

// ---- Writer: small type with wide line spacing ---------------------------------------------------

const yamabuki = [
  n('ふれあいの場を広げる', 1, [n('サロン活動', 1), n('世代をこえた交流', 1)]),
  n('見守りの目を増やす', 3, [n('見守り協力員', 3), n('緊急時の連絡体制', 3)]),
];

const writerSmallType: Fixture = {
  name: 'writer-small-type',
  app: 'writer',
  layout: 'Writer A4 portrait, Gothic, 8 pt text with 230 % line spacing (paragraphs of several lines)',
  tagged: false,
  source: () =>
    writer({
      face: 'Noto Sans CJK JP',
      page: A4,
      paraStyles: styles(8, [{ name: 'Loose', size: 8, lineHeight: 230, after: 3 }]),
      body: [
        para('Title', 'やまぶき町地域福祉活動計画'),
        heading('H1', 1, '基本理念'),
        para('Center', 'やさしさと ぬくもりの やまぶき町'),
        ...yamabuki.flatMap((g, i) => [
          ...(i ? [para('Break', '')] : []),
          heading('H1', 1, `基本目標${i + 1} ${g.t}`),
          para('Loose', prose(g.t, 4)),
          ...(g.kids ?? []).flatMap((k, j) => [
            heading('H2', 2, `施策${j + 1} ${k.t}`),
            para('Loose', prose(k.t, 3)),
            para('Loose', prose(`${k.t}の評価`, 2)),
          ]),
        ]),
      ].join(''),
    }),
  expect: { levels: ['基本目標 2', '施策 4'], vision: 'やさしさと ぬくもりの やまぶき町', tree: yamabuki, pages: 3 },
};

// ---- Writer: a vertical-text greeting page --------------------------------------------------------

const hinata = [
  n('だれもが集える地域', 2, [n('居場所の運営', 2), n('交流行事', 2)]),
  n('だれもが相談できる地域', 2, [n('総合相談', 2), n('成年後見の利用支援', 2)]),
];

const writerVertical: Fixture = {
  name: 'writer-vertical',
  app: 'writer',
  layout: 'Writer A4, Mincho, a 縦書き greeting page, then the plan across',
  tagged: false,
  source: () =>
    writer({
      face: 'Noto Serif CJK JP',
      page: A4,
      vertical: true,
      paraStyles: styles(11, [
        { name: 'VFirst', size: 12, master: 'Vert', after: 2 },
        { name: 'HFirst', size: 18, bold: true, master: 'Standard', after: 4 },
      ]),
      body: [
        para('VFirst', 'ごあいさつ'),
        para('Body', prose('ひなた町の地域福祉', 3)),
        para('Body', '令和七年三月　ひなた町社会福祉協議会 会長 日向 太郎'),
        para('HFirst', 'ひなた町地域福祉活動計画'),
        heading('H1', 1, '基本理念'),
        para('Center', 'ひだまりのような あたたかいまち'),
        ...hinata.flatMap((g, i) => [
          heading('H1', 1, `基本目標${i + 1} ${g.t}`),
          ...(g.kids ?? []).map((k, j) => heading('H2', 2, `(${j + 1}) ${k.t}`)),
        ]),
      ].join(''),
    }),
  expect: { levels: ['基本目標 2', '施策 4'], vision: 'ひだまりのような あたたかいまち', tree: hinata, pages: 2 },
};

// ---- Writer: a box chart (frames and connectors) ----------------------------------------------------

const kasumi = [
  n('地域のつながりを強める', 1, [n('見守り活動の推進', 1), n('サロンの拡充', 1)]),
  n('安心のしくみをつくる', 1, [n('相談体制の充実', 1), n('災害時の支え合い', 1)]),
  n('未来の担い手を育てる', 1, [n('福祉教育', 1), n('ボランティアの育成', 1)]),
];

function boxChart(): string {
  const frames: string[] = [];
  const top = 62;
  const rowH = 21;
  frames.push(pageFrame(1, 18, top + 2 * rowH, 58, 22, 'Cell', ['基本理念', 'かすみ町の明日をみんなで']));
  kasumi.forEach((g, i) => {
    const y = top + i * 2 * rowH;
    frames.push(
      pageFrame(1, 100, y + rowH / 2, 70, 14, 'Cell', [`基本目標${i + 1} ${g.t}`]),
      pageLine(1, 76, top + 2 * rowH + 11, 100, y + rowH / 2 + 7),
    );
    (g.kids ?? []).forEach((k, j) => {
      frames.push(
        pageFrame(1, 200, y + j * rowH, 78, 14, 'Cell', [`施策${i + 1}-${j + 1} ${k.t}`]),
        pageLine(1, 170, y + rowH / 2 + 7, 200, y + j * rowH + 7),
      );
    });
  });
  return [
    ...frames,
    para('Title', 'かすみ町地域福祉活動計画 体系図'),
    heading('H1', 1, '基本理念'),
    para('Center', 'かすみ町の明日をみんなで'),
  ].join('');
}

const writerBoxChart: Fixture = {
  name: 'writer-box-chart',
  app: 'writer',
  layout: 'Writer A4 landscape, Gothic, 体系図 of framed boxes in three columns with connector lines',
  tagged: true,
  source: () =>
    writer({ face: 'Noto Sans CJK JP', page: A4L, paraStyles: styles(11), extraStyles: frameStyles, body: boxChart() }),
  expect: { levels: ['基本目標 3', '施策 6'], vision: 'かすみ町の明日をみんなで', tree: kasumi, pages: 1 },
};

// ---- unseen slice (kept aside) --------------------------------------------------------------------

const tsubasa = [
  n('笑顔でつながる', 1, [
    n('あいさつの輪', 1, [n('あいさつ運動', 1), n('花いっぱい運動', 1)]),
    n('集いの場', 1, [n('いきいきサロン', 1), n('男性の料理教室', 1)]),
  ]),
  n('困ったときに助け合う', 1, [
    n('ちょっとした手助け', 1, [n('電球交換などの支援', 1), n('ごみ出しの支援', 1)]),
    n('相談の入口', 1, [n('よろず相談会', 1)]),
  ]),
  n('未来へつなぐ', 1, [
    n('子どもの居場所', 1, [n('放課後の学習会', 1), n('こども食堂', 2)]),
    n('若い世代の参加', 2, [n('大学生ボランティア', 2), n('ＳＮＳでの発信', 2)]),
  ]),
];

const calcYears: Fixture = {
  name: 'calc-years',
  app: 'calc',
  unseen: true,
  layout:
    'Calc A4 landscape, Mincho, year columns R7–R9 with ○ marks, merged cells at the top, header repeated on page 2',
  tagged: false,
  source: () =>
    sheetDoc({
      face: 'Noto Serif CJK JP',
      page: A4L,
      title: 'つばさ町地域福祉活動計画 実施計画',
      vision: 'つばさを広げ、みんなで羽ばたくまち',
      tree: tsubasa,
      size: 10,
      align: 'start',
      valign: 'top',
      padding: 1.2,
      repeat: true,
      rowHeight: 15,
      widths: [60, 55, 70, 20, 20, 20],
      extra: { head: ['R7', 'R8', 'R9'], cells: (leaf) => (leaf.t.length % 2 ? ['○', '○', '○'] : ['', '○', '○']) },
    }),
  expect: {
    levels: ['基本目標 3', '施策 6', '取組 11'],
    vision: 'つばさを広げ、みんなで羽ばたくまち',
    tree: tsubasa,
    pages: 2,
  },
};

const hoshi = [
  n('見守り合うまち', 2, [n('ひとり暮らし高齢者の見守り', 2), n('子どもの見守り', 2)]),
  n('学び合うまち', 2, [n('福祉体験学習', 2), n('地域の講座', 2), n('交流の発表会', 2)]),
  n('守り合うまち', 3, [n('防災の話し合い', 3), n('避難の手助け', 3)]),
  n('励まし合うまち', 3, [n('介護者のつどい', 3), n('傾聴の訪問', 3)]),
];

const impressSlides: Fixture = {
  name: 'impress-slides',
  app: 'impress',
  unseen: true,
  layout: 'Impress 16:9, Mincho, two goal boxes side by side on each of two slides, joined by a line',
  tagged: false,
  source: () =>
    impress({
      face: 'Noto Serif CJK JP',
      page: { w: 280, h: 157.5 },
      slides: [
        {
          shapes: [
            { kind: 'text', x: 20, y: 30, w: 240, h: 20, lines: ['ほし町地域福祉活動計画'], size: 30, bold: true },
            { kind: 'text', x: 20, y: 75, w: 240, h: 12, lines: ['基本理念'], size: 18, bold: true },
            { kind: 'text', x: 20, y: 90, w: 240, h: 14, lines: ['星のように輝く、支え合いのまち'], size: 22 },
          ],
          links: [],
        },
        ...[0, 2].map((at) => ({
          shapes: [
            { kind: 'text' as const, x: 15, y: 10, w: 220, h: 14, lines: ['施策の体系'], size: 22, bold: true },
            ...hoshi.slice(at, at + 2).map((g, i): Shape => ({
              kind: 'box',
              x: 20 + i * 130,
              y: 35,
              w: 110,
              h: 105,
              size: 16,
              lines: [`基本目標${at + i + 1} ${g.t}`, ...(g.kids ?? []).map((k) => `・${k.t}`)],
            })),
          ],
          links: [{ x1: 130, y1: 87, x2: 150, y2: 87 }],
        })),
      ],
    }),
  expect: { levels: ['基本目標 4', '施策 9'], vision: '星のように輝く、支え合いのまち', tree: hoshi, pages: 3 },
};

const nanohana = [
  n('地域で見守る', 3, [n('見守り活動', 3), n('緊急通報の支援', 3)]),
  n('地域で集う', 3, [n('サロンの運営', 3), n('趣味の教室', 3)]),
  n('地域で育む', 3, [n('子育て支援', 3), n('学習の支援', 3)]),
];

const writerTocColumns: Fixture = {
  name: 'writer-toc-columns',
  app: 'writer',
  unseen: true,
  layout: 'Writer A4 portrait, Mincho, cover, 目次 with dot leaders, two-column 概要 page',
  tagged: true,
  source: () =>
    writer({
      face: 'Noto Serif CJK JP',
      page: A4,
      footer: true,
      extraStyles: columnsStyle('Cols', 2, 10),
      paraStyles: styles(10, [{ name: 'Toc', size: 11, leaderTab: 170, after: 2 }]),
      body: [
        para('Center', ''),
        para('Title', 'なのはな村地域福祉活動計画'),
        para('Center', 'なのはな村社会福祉協議会'),
        para('Break', ''),
        heading('H1', 1, '目次'),
        ...[
          ['計画の概要', 3],
          ['基本理念', 3],
          ...nanohana.map((g, i) => [`基本目標${i + 1} ${g.t}`, 3]),
          ['資料', 3],
        ].map(([t, p]) => para('Toc', `${t}\t${p}`)),
        para('Break', ''),
        heading('H1', 1, '計画の概要'),
        heading('H2', 2, '基本理念'),
        para('Center', '菜の花のように明るく支え合う村'),
        columnsSection(
          'Cols',
          nanohana
            .map((g, i) =>
              [
                heading('H2', 2, `基本目標${i + 1} ${g.t}`),
                para('Body', prose(g.t, 1)),
                ...(g.kids ?? []).flatMap((k, j) => [
                  heading('H3', 3, `(${j + 1}) ${k.t}`),
                  para('Body', prose(k.t, 1)),
                ]),
              ].join(''),
            )
            .join(''),
        ),
      ].join(''),
    }),
  expect: { levels: ['基本目標 3', '施策 6'], vision: '菜の花のように明るく支え合う村', tree: nanohana, pages: 3 },
};

// ---- tagged PDFs read from their structure (issue 25 point 2) -----------------------------------

/** Heading 1–3 as Writer names them (outline levels 1–3: tagged H1–H3). */
const headingStyles = (size: number): ParaStyle[] => [
  { name: 'Heading_20_1', size: size + 5, bold: true, before: 4, after: 2 },
  { name: 'Heading_20_2', size: size + 3, bold: true, before: 3, after: 1.5 },
  { name: 'Heading_20_3', size: size + 1, bold: true, before: 2, after: 1 },
  { name: 'ListBody', size, after: 0.5 },
];
const h = (level: 1 | 2 | 3, text: string) => heading(`Heading_20_${level}`, level, text);
const items = (xs: Node[] | undefined): ListItem[] => (xs ?? []).map((x) => ({ text: x.t, kids: items(x.kids) }));

const sazanami = [
  n('ともに見守るまち', 2, [
    n('見守り活動の推進', 2, [n('安否確認の訪問', 2), n('見守り協力店の登録', 2)]),
    n('相談の入口づくり', 2, [n('出張相談の実施', 2)]),
  ]),
  n('ともに集うまち', 3, [
    n('居場所の充実', 3, [n('サロンの立ち上げ支援', 3), n('多世代食堂の開催', 3)]),
    n('交流行事の支援', 3, [n('地区まつりへの協力', 3)]),
  ]),
];

/** 基本目標 as Heading 2, 施策 as Heading 3, 取組 as a list numbered ① by its list style, one goal a page. */
const writerStyles: Fixture = {
  name: 'writer-styles',
  app: 'writer',
  layout: 'Writer A4 portrait, Mincho, Heading 1–3 styles, 取組 in a list style numbered ①, page numbers',
  tagged: true,
  source: () =>
    writer({
      face: 'Noto Serif CJK JP',
      page: A4,
      footer: true,
      paraStyles: [...styles(10.5), ...headingStyles(10.5)],
      extraStyles: listStyle('Maru', [{ prefix: '', format: '①, ②, ③, ...', suffix: '', indent: 8 }]),
      body: [
        para('Title', 'さざなみ町地域福祉活動計画'),
        h(1, '第１章 計画の基本理念'),
        para('Body', prose('この計画', 2)),
        h(2, '基本理念'),
        para('Center', 'さざなみのように 思いが広がるまち'),
        ...sazanami.map((g, i) =>
          [
            para('Break', ''),
            ...(i ? [] : [h(1, '第２章 計画の内容')]),
            h(2, `基本目標${ZEN[i + 1]} ${g.t}`),
            para('Body', prose(g.t, 2)),
            ...(g.kids ?? []).flatMap((k, j) => [
              h(3, `施策${j + 1} ${k.t}`),
              para('Body', prose(k.t, 1)),
              list('Maru', 'ListBody', items(k.kids)),
            ]),
          ].join(''),
        ),
      ].join(''),
    }),
  expect: {
    levels: ['基本目標 2', '施策 4', '取組 6'],
    vision: 'さざなみのように 思いが広がるまち',
    tree: sazanami,
    pages: 3,
  },
};

const tsukimi = [
  n('地域の中で孤立する人をなくし、だれもがつながりを感じられるまち', 1, [
    n('ひとり暮らし高齢者や障がいのある人への日常的な見守り', 1, [
      n('民生委員・児童委員と福祉委員による定期的な訪問活動', 1),
      n('新聞販売店や郵便局など地域の事業所との見守り協定', 1),
    ]),
    n('気軽に立ち寄れる身近な居場所づくり', 1, [n('空き家を活用した常設型の地域サロンの開設', 1)]),
  ]),
  n('困りごとを抱えた人が相談につながり、支援を受けられるまち', 1, [
    n('分野を問わず受け止める総合的な相談体制の整備', 1, [
      n('社協窓口と地域包括支援センターの合同相談会', 1),
      n('ひきこもりの人と家族のための相談日の開設', 1),
    ]),
  ]),
];

/** Long titles in narrow columns: every cell wraps onto two or three lines, merged cells set at the top. */
const writerTableWrap: Fixture = {
  name: 'writer-table-wrap',
  app: 'writer',
  layout:
    'Writer A4 landscape, Gothic, ruled table whose long cell texts wrap over 2–3 lines, merged cells top-aligned, 担い手 column',
  tagged: true,
  source: () =>
    writerTableDoc({
      face: 'Noto Sans CJK JP',
      page: A4L,
      title: 'つきみ市地域福祉活動計画',
      vision: 'つきあかりのように やさしく照らし合うまち',
      tree: tsukimi,
      padding: 1,
      align: 'Cell',
      valign: 'top',
      widths: [62, 62, 70, 40],
      extra: {
        head: ['担い手'],
        cells: (_l, path) => [path[0] === tsukimi[0] ? '住民・福祉委員・事業所' : '社協・行政・専門機関'],
      },
    }),
  expect: {
    levels: ['基本目標 2', '施策 3', '取組 5'],
    vision: 'つきあかりのように やさしく照らし合うまち',
    tree: tsukimi,
    pages: 1,
  },
};

const kaede = [
  n('支え合いの輪を広げる', 1, [
    n('地区の見守り体制', 1, [n('見守りマップの作成', 1), n('見守り会議の開催', 1)]),
    n('生活の困りごと支援', 1, [n('有償ボランティアの派遣', 1)]),
  ]),
  n('安心して相談できる', 1, [
    n('相談窓口の周知', 1, [n('相談カードの配布', 1)]),
    n('権利を守る', 1, [n('成年後見の相談会', 1), n('日常生活自立支援事業', 1)]),
  ]),
];

/** Calc writes a structure tree without table tags (only its merged cells as paragraphs): the sheet reads by its rules as an untagged one. */
const calcTagged: Fixture = {
  name: 'calc-tagged',
  app: 'calc',
  layout: 'Calc A4 portrait, Gothic, tagged export (Calc tags no table), merged cells top-aligned, 年度 column',
  tagged: true,
  source: () =>
    sheetDoc({
      face: 'Noto Sans CJK JP',
      page: A4,
      title: 'かえで町地域福祉活動計画 体系図',
      vision: '支え合いの輪が広がる かえで町',
      tree: kaede,
      size: 10,
      align: 'start',
      valign: 'top',
      padding: 0.8,
      repeat: false,
      rowHeight: 11,
      widths: [48, 45, 50, 28],
      extra: { head: ['年度'], cells: () => ['R７～R11'] },
    }),
  expect: {
    levels: ['基本目標 2', '施策 4', '取組 6'],
    vision: '支え合いの輪が広がる かえで町',
    tree: kaede,
    pages: 1,
  },
};

/** A borderless table, no padding, each column just wide enough for its text: by position the cells of a row run together. */
function unruledDoc(o: {
  face: Face;
  page: typeof A4;
  title: string;
  vision: string;
  tree: Node[];
  widths: number[];
  head: 'CellC' | 'Cell';
  extra?: { head: string[]; cells: (leaf: Node) => string[] };
}): string {
  const head: Cell[] = ['基本目標', '施策', '取組', ...(o.extra?.head ?? [])].map((t) => ({
    lines: [t],
    style: 'U',
    para: o.head,
  }));
  const rows = tableRows<Cell>(
    o.tree,
    3,
    (text, _l, span) => ({ lines: [text], rows: span > 1 ? span : undefined, style: 'U', para: 'Cell' }),
    (leaf) => (o.extra?.cells(leaf) ?? []).map((t) => ({ lines: [t], style: 'U', para: 'CellC' })),
  );
  // Headings set like the body text: the same size, not bold, no space around them.
  const plain: ParaStyle[] = [1, 2].map((l) => ({ name: `Plain${l}`, size: 10.5, after: 0 }));
  const body = [
    para('Body', o.title),
    heading('Plain1', 1, '基本理念'),
    para('Body', o.vision),
    heading('Plain1', 1, '計画の体系'),
    writerTable('T1', o.widths, [head], rows),
  ].join('');
  return writer({
    face: o.face,
    page: o.page,
    paraStyles: [...styles(10.5), ...plain],
    extraStyles: writerTableStyles('T1', o.widths) + cellStyle('U', { border: 'none', padding: 0, valign: 'top' }),
    body,
  });
}

const nagisa = [
  n('ふれあいのあるなぎさ', 1, [
    n('交流の場づくり', 1, [n('ふれあいサロン運営', 1), n('こども食堂の支援', 1)]),
    n('見守りの輪づくり', 1, [n('声かけ訪問の実施', 1)]),
  ]),
  n('支え合うなぎさ', 1, [
    n('担い手の育成', 1, [n('ボランティア講座', 1), n('中高生の福祉体験', 1)]),
    n('災害への備え', 1, [n('要支援者の把握', 1)]),
  ]),
];

const writerUnruled: Fixture = {
  name: 'writer-unruled',
  app: 'writer',
  untaggedTwin: true,
  layout:
    'Writer A4 portrait, Mincho, headings the size of body text, borderless table with no padding whose cells touch',
  tagged: true,
  source: () =>
    unruledDoc({
      face: 'Noto Serif CJK JP',
      page: A4,
      title: 'なぎさ町地域福祉活動計画',
      vision: '海風とともに 支え合うなぎさ町',
      tree: nagisa,
      widths: [40, 33, 40],
      head: 'Cell',
    }),
  expect: {
    levels: ['基本目標 2', '施策 4', '取組 6'],
    vision: '海風とともに 支え合うなぎさ町',
    tree: nagisa,
    pages: 1,
  },
};

// ---- tagged, unseen slice (kept aside while the tagged reader was built) ---------------------------

const hotaru = [
  n('明るく声をかけ合う', 1, [
    n('あいさつの輪', 1, [n('朝のあいさつ運動', 1), n('ほたる祭りの運営', 1)]),
    n('集いの場', 1, [n('いきいきサロン', 1)]),
  ]),
  n('困ったときに頼り合う', 2, [
    n('身近な相談', 2, [n('よろず相談の開設', 2), n('相談員の養成', 2)]),
    n('暮らしの手助け', 2, [n('ごみ出しの手伝い', 2)]),
  ]),
  n('次の世代へつなぐ', 2, [n('子どもの育ち', 2, [n('放課後の居場所', 2)])]),
];

/** Goals as Heading 2, each with a sentence and one nested list of a two-level list style ((1) then ①). */
function headedListDoc(d: {
  title: string;
  vision: string;
  goals: Node[];
  items: (kids: Node[] | undefined) => ListItem[];
  /** A paragraph on the 基本理念 under it. */
  visionProse?: boolean;
  /** The goal that starts a new page. */
  breakBefore?: number;
}): string {
  return writer({
    face: 'Noto Sans CJK JP',
    page: A4,
    paraStyles: [...styles(10.5), ...headingStyles(10.5)],
    extraStyles: listStyle('TwoLevel', [
      { prefix: '(', format: '1', suffix: ')', indent: 9 },
      { prefix: '', format: '①, ②, ③, ...', suffix: '', indent: 16 },
    ]),
    body: [
      para('Title', d.title),
      h(1, '基本理念'),
      para('Center', d.vision),
      ...(d.visionProse ? [para('Body', prose('基本理念', 2))] : []),
      ...d.goals.map((g, i) =>
        [
          ...(i === d.breakBefore ? [para('Break', '')] : []),
          h(2, `基本目標${i + 1} ${g.t}`),
          para('Body', prose(g.t, 1)),
          list('TwoLevel', 'ListBody', d.items(g.kids)),
        ].join(''),
      ),
    ].join(''),
  });
}

/** Goals as Heading 2; 施策 and 取組 one nested list of a two-level list style ((1) then ①). */
const writerOutlineList: Fixture = {
  name: 'writer-outline-list',
  app: 'writer',
  unseen: true,
  layout: 'Writer A4 portrait, Gothic, goals as Heading 2, 施策 and 取組 one nested list numbered (1) and ①',
  tagged: true,
  source: () =>
    headedListDoc({
      title: 'ほたる村地域福祉活動計画',
      vision: 'ほたるの光のように 温かく照らし合う村',
      visionProse: true,
      breakBefore: 1,
      goals: hotaru,
      items,
    }),
  expect: {
    levels: ['基本目標 3', '施策 5', '取組 7'],
    vision: 'ほたるの光のように 温かく照らし合う村',
    tree: hotaru,
    pages: 2,
  },
};

const asahi = [
  n('ともに暮らす', 1, [
    n('居場所の運営', 1, [n('朝日サロン', 1), n('子ども広場', 1)]),
    n('移動の支援', 1, [n('買い物バス', 1)]),
  ]),
  n('ともに備える', 1, [
    n('防災の学習', 1, [n('防災講座', 1)]),
    n('避難の支援', 1, [n('避難訓練', 1), n('要支援者名簿', 1)]),
  ]),
];

const writerUnruledYears: Fixture = {
  name: 'writer-unruled-years',
  app: 'writer',
  unseen: true,
  layout: 'Writer A4 landscape, Gothic, borderless table with centred header and year columns R7–R9, cells touching',
  tagged: true,
  source: () =>
    unruledDoc({
      face: 'Noto Sans CJK JP',
      page: A4L,
      title: 'あさひ町地域福祉活動計画 実施計画',
      vision: '朝日のように 明るく支え合うまち',
      tree: asahi,
      widths: [30, 30, 28, 9, 9, 9],
      head: 'CellC',
      extra: { head: ['R7', 'R8', 'R9'], cells: (leaf) => (leaf.t.length % 2 ? ['●', '●', '●'] : ['', '●', '●']) },
    }),
  expect: {
    levels: ['基本目標 2', '施策 4', '取組 6'],
    vision: '朝日のように 明るく支え合うまち',
    tree: asahi,
    pages: 1,
  },
};

// ---- a line break inside a list item (Shift+Enter): the item's title, then what it does ------

const soft = [
  n('地域で支え合う', 1, [
    n('見守り訪問', 1, [n('ひとり暮らし高齢者の訪問', 1), n('見守りシールの配布', 1)]),
    n('ふれあいサロン', 1, [n('地区サロンの開催', 1)]),
  ]),
  n('安心して暮らす', 1, [n('災害への備え', 1, [n('防災マップづくり', 1), n('避難訓練の実施', 1)])]),
];
/** What each 取組 does, written after a line break inside its list item. */
const softNote = (t: string) => `${t}について、地区の民生委員や自治会と相談しながら毎年進めます。`;
const softItems = (xs: Node[] | undefined, depth = 0): ListItem[] =>
  (xs ?? []).map((x) => ({
    text: depth === 1 ? `${x.t}\u2028${softNote(x.t)}` : x.t,
    kids: softItems(x.kids, depth + 1),
  }));

/** Goals as Heading 2; 施策 (1) and 取組 ① one nested list, each 取組 with its description after a soft line break. */
const writerSoftBreaks: Fixture = {
  name: 'writer-soft-breaks',
  app: 'writer',
  layout:
    'Writer A4 portrait, Gothic, goals as Heading 2, nested list (1) and ①; each ① item: title, Shift+Enter, a sentence',
  tagged: true,
  untaggedTwin: true,
  source: () =>
    headedListDoc({
      title: 'かえで町地域福祉活動計画',
      vision: 'かえでの葉のように 色とりどりに支え合うまち',
      goals: soft,
      items: softItems,
    }),
  expect: {
    levels: ['基本目標 2', '施策 3', '取組 5'],
    vision: 'かえでの葉のように 色とりどりに支え合うまち',
    tree: soft,
    pages: 1,
  },
};

export const FIXTURES: Fixture[] = [
  writerReport,
  writerTableCentred,
  writerTableTight,
  calcA3,
  calcRepeat,
  impressBoxes,
  writerTwoColumns,
  writerToc40,
  writerSmallType,
  writerVertical,
  writerBoxChart,
  calcYears,
  impressSlides,
  writerTocColumns,
  writerStyles,
  writerTableWrap,
  calcTagged,
  writerUnruled,
  writerOutlineList,
  writerUnruledYears,
  writerSoftBreaks,
];
