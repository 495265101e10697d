import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import type { PlanNode } from './schema';

const tree = (n: PlanNode): unknown =>
  n.children.length ? { [`${n.code} ${n.title}`.trim()]: n.children.map(tree) } : `${n.code} ${n.title}`.trim();
const compile = (text: string, meta = {}) => compilePlan(text, { id: 't', ...meta }, 'test.txt');

describe('compilePlan patterns', () => {
  it('nests level words by rank and bullets under the nearest heading', () => {
    const r = compile(
      [
        '基本理念',
        '',
        'みんなの福祉',
        '',
        '基本目標1 つながる',
        '',
        '- ・見守り',
        '- ・声かけ',
        '',
        '基本目標2 ささえる',
        '',
        '- ・相談',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.plan?.vision).toBe('みんなの福祉');
    expect(r.plan!.root.children.map(tree)).toEqual([
      { '1 つながる': ['見守り', '声かけ'] },
      { '2 ささえる': ['相談'] },
    ]);
  });

  it('puts a compound code under the node its prefix names, even after other items', () => {
    const r = compile(['基本計画(1) あ', '(1)－1 い', '(1)－2 う', '基本計画(2) え', '(2)－1 お'].join('\n'));
    expect(r.plan!.root.children.map(tree)).toEqual([
      { '(1) あ': ['(1)－1 い', '(1)－2 う'] },
      { '(2) え': ['(2)－1 お'] },
    ]);
  });

  it('reads a 1-1-1 numbered layout into three levels', () => {
    const r = compile(
      [
        '1 取り組み',
        '',
        '1. 地域',
        '1-1 交流',
        '1-1-1 サロン',
        '1-1-2 食事会',
        '1-2 見守り',
        '2. 相談',
        '2-1 窓口',
      ].join('\n'),
    );
    expect(r.plan!.root.children.map(tree)).toEqual([
      { '1. 地域': [{ '1-1 交流': ['1-1-1 サロン', '1-1-2 食事会'] }, '1-2 見守り'] },
      { '2. 相談': ['2-1 窓口'] },
    ]);
  });

  it('restarting numbers move to the next declared goal (goals listed first, items later)', () => {
    const text = [
      '基本目標 1',
      'あ',
      '基本目標 2',
      'い',
      '',
      '最初の目標の説明です。',
      '1. 一',
      '2. 二',
      '',
      '区切り',
      '',
      '次の目標の説明です。',
      '1. 三',
    ].join('\n');
    const r = compile(text.replace('区切り', '取り組みのキーワード') + '\n\n取り組みのキーワード\n');
    expect(r.plan!.root.children.map(tree)).toEqual([{ '1 あ': ['1. 一', '2. 二'] }, { '2 い': ['1. 三'] }]);
    expect(r.plan!.root.children[1].description).toBe('次の目標の説明です。');
  });

  it('warns about a numbering gap (⑥ ⑦ ⑨) and keeps every item', () => {
    const r = compile(['基本方針Ⅰ. あ', '- ⑥ 一', '- ⑦ 二', '- ⑨ 三'].join('\n'));
    expect(r.plan!.root.children[0].children.map((c) => c.code)).toEqual(['⑥', '⑦', '⑨']);
    expect(r.warnings.map((w) => w.message).join()).toContain('番号が飛んでいます: ⑨');
  });

  it('takes the ids from the numbering, so they survive edits elsewhere', () => {
    const r = compile(['基本目標3 あ', '- ㉑ い'].join('\n'));
    expect(r.plan!.root.children[0].id).toBe('3');
    expect(r.plan!.root.children[0].children[0].id).toBe('3-21');
  });
});

describe('compilePlan errors', () => {
  it('rejects an empty file with line 1 and a Japanese message', () => {
    const r = compile('  \n\n');
    expect(r.plan).toBeNull();
    expect(r.errors).toEqual([{ line: 1, message: expect.stringContaining('ファイルが空です') }]);
  });

  it('rejects binary data, naming the line of the first NUL', () => {
    const r = compile('一行目\n二行目\u0000\u0001\u0002');
    expect(r.plan).toBeNull();
    expect(r.errors[0]).toMatchObject({ line: 2, message: expect.stringContaining('バイナリ') });
  });

  it('says what it looked for when text has no hierarchy', () => {
    const r = compile('これはただの文章です。\n番号のある項目はありません。');
    expect(r.plan).toBeNull();
    expect(r.errors[0].message).toContain('計画の体系が見つかりません');
    expect(r.errors[0].message).toContain('test.txt');
  });

  it('names the missing parent of a compound code instead of dropping the item', () => {
    const r = compile(['基本計画(1) あ', '(3)－1 い'].join('\n'));
    expect(r.warnings.some((w) => w.line === 2 && w.message.includes('(3)－1'))).toBe(true);
    expect(JSON.stringify(r.plan)).toContain('"(3)－1"');
  });

  it('never throws on hostile input', () => {
    for (const s of [
      '\t\t\t',
      '①',
      '(1)－1',
      '#'.repeat(9000),
      '基本目標',
      '<script>alert(1)</script>\n基本目標1 <b>x</b>',
      '\uFEFF\r\n\r\n',
    ]) {
      expect(() => compile(s)).not.toThrow();
    }
    const r = compile('<script>alert(1)</script>\n基本目標1 <img src=x onerror=alert(1)>');
    expect(r.plan?.root.children[0].title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('compilePlan: level words beyond the closed list', () => {
  it('reads 推進施策, 重点項目 and 重点方針 as levels without hints, ranked by where they first appear', () => {
    const r = compile(
      [
        '重点方針1 つながる',
        '推進施策1 見守り',
        '重点項目1 声かけ',
        '推進施策2 居場所',
        '重点方針2 ささえる',
        '推進施策3 相談',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.plan!.root.children.map(tree)).toEqual([
      { '1 つながる': [{ '1 見守り': ['1 声かけ'] }, '2 居場所'] },
      { '2 ささえる': ['3 相談'] },
    ]);
    expect(r.plan!.root.children[0].level).toBe('重点方針');
  });

  it('takes a rank from the levelWords hint and reports it', () => {
    const r = compile(['推進目標1 あ', '展開方針1 い', '展開方針2 う'].join('\n'), {
      hints: { levelWords: { 展開方針: 2 } },
    });
    expect(r.plan!.root.children.map(tree)).toEqual([{ '1 あ': ['1 い', '2 う'] }]);
    expect(r.plan!.hintsUsed?.join()).toContain('hints.levelWords');
  });

  it('reads a 体系図 header of widened level words', () => {
    const r = compile(['推進目標\t推進施策', '1 あ\t(1)い', '\t(2)う'].join('\n'));
    expect(r.plan!.root.children.map(tree)).toEqual([{ '1 あ': ['(1) い', '(2) う'] }]);
  });
});

describe('compilePlan: plans without seed-style headings', () => {
  it('reads a numbered list announced by 「3つの基本目標」, with descriptions and a vision label', () => {
    const text = [
      '【理念】',
      'ともに生きるまち',
      '',
      'この計画では3つの基本目標を定めます。',
      '1) つながる地域',
      '人と人がつながります。',
      '2) ささえる地域',
      '困ったときに助け合います。',
      '3) まなぶ地域',
      '福祉を学びます。',
    ].join('\n');
    const r = compile(text);
    expect(r.errors).toEqual([]);
    expect(r.plan!.vision).toBe('ともに生きるまち');
    expect(r.plan!.root.children.map((c) => [c.level, c.title, c.description])).toEqual([
      ['基本目標', 'つながる地域', '人と人がつながります。'],
      ['基本目標', 'ささえる地域', '困ったときに助け合います。'],
      ['基本目標', 'まなぶ地域', '福祉を学びます。'],
    ]);
  });

  it('reads goals and vision written inside a sentence', () => {
    const r = compile(
      '本会は「だれもが主役のまち」を基本理念に、「見守りの輪」「集いの場」を基本目標として活動します。',
    );
    expect(r.plan!.vision).toBe('だれもが主役のまち');
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['見守りの輪', '集いの場']);
  });

  it('never makes a node of a page number, a link or a phone line', () => {
    const r = compile(
      ['基本目標1 つながる', '基本目標2 ささえる', '- 3 -', 'https://example.jp/keikaku.pdf', 'TEL 0000-00-0000'].join(
        '\n',
      ),
    );
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['つながる', 'ささえる']);
  });
});

describe('compilePlan: explanation', () => {
  it('explains every non-blank line with a role, a rule of the rules table and a confidence', () => {
    const r = compile(
      ['基本理念', '', 'みんなの福祉', '', '基本目標1 つながる', '見守りを広げます。', '- 2 -'].join('\n'),
    );
    expect(r.explain?.map((e) => [e.line, e.role, e.rule])).toEqual([
      [1, 'vision', 'vision.label'],
      [3, 'vision', 'vision.label'],
      [5, 'item', 'heading.level-word'],
      [6, 'description', 'prose.description'],
      [7, 'skipped', 'furniture.page-number'],
    ]);
    expect(r.explain?.[2].nodeId).toBe('1');
    for (const e of r.explain!) expect(e.confidence).toBeGreaterThan(0);
  });

  it('warns in plain words when it is unsure, naming no internal settings', () => {
    const r = compile(['1. あ', '2. い'].join('\n'));
    for (const w of r.warnings) expect(w.message).not.toMatch(/hints|levelNames|parentOf|scheme|\.json/);
  });
});

describe('compilePlan: more layouts read by evidence', () => {
  it('nests an indented (1) list under each numbered item and leaves the contact line out', () => {
    const r = compile(
      [
        '計画の体系',
        '',
        '1 だれもが参加できる地域',
        '  (1) 居場所づくり',
        '  (2) 担い手づくり',
        '2 安心して暮らせる地域',
        '  (1) 相談の充実',
        '',
        'お問い合わせ 見本社協 TEL 000-000-0000',
      ].join('\n'),
    );
    expect(r.plan!.root.children.map(tree)).toEqual([
      { '1 だれもが参加できる地域': ['(1) 居場所づくり', '(2) 担い手づくり'] },
      { '2 安心して暮らせる地域': ['(1) 相談の充実'] },
    ]);
  });

  it('reads letter-spaced level words, keeping a wide gap as a word break', () => {
    const r = compile(['重 点 目 標 1  地 域 を つ く る', '重 点 目 標 2  人 を つ く る'].join('\n'));
    expect(r.plan!.root.children.map((c) => [c.level, c.code, c.title])).toEqual([
      ['重点目標', '1', '地域をつくる'],
      ['重点目標', '2', '人をつくる'],
    ]);
  });
});

describe('compilePlan: lists announced before their items', () => {
  it('reads 「3つの基本目標「a」「b」「c」を掲げ」', () => {
    const r = compile(
      '本計画では、3つの基本目標「ひとをつなぐ」「まちをささえる」「みらいをはぐくむ」を掲げています。\nお問い合わせ\n',
    );
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['ひとをつなぐ', 'まちをささえる', 'みらいをはぐくむ']);
  });

  it('ends the last item at the next ■ heading, so a chapter list after it stays out', () => {
    const r = compile(
      [
        '■基本理念',
        'ともに生きる',
        '■基本目標',
        '1. 知る',
        '2. 参加する',
        '■計画書',
        '・第1章 計画の策定にあたって',
        '・第2章 現状と課題',
      ].join('\n'),
    );
    expect(r.plan!.vision).toBe('ともに生きる');
    expect(r.plan!.root.children.map(tree)).toEqual(['1. 知る', '2. 参加する']);
  });
});

describe('compilePlan: page furniture inside the hierarchy', () => {
  it('keeps a link or contact line written as a bullet out of the tree', () => {
    const r = compile(
      ['基本目標1 つながる', '- 見守り', '◎計画書のダウンロードはこちら', '- TEL 0000-00-0000'].join('\n'),
    );
    expect(r.plan!.root.children.map(tree)).toEqual([{ '1 つながる': ['見守り'] }]);
  });

  it('reads 『』 quotes like 「」 in prose', () => {
    const r = compile('基本理念『ともに歩むまち』のもと、『つながり』『ささえあい』を基本目標とします。');
    expect(r.plan!.vision).toBe('ともに歩むまち');
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['つながり', 'ささえあい']);
  });
});

describe('compilePlan: choosing between the readers', () => {
  const titles = (n: PlanNode): unknown => (n.children.length ? { [n.title]: n.children.map(titles) } : n.title);
  const chapters = [
    '第1章 はじめに',
    '1 計画の趣旨',
    'この計画は町の福祉を進めます。',
    '第2章 考え方',
    '理念',
    'いっしょに笑う町',
    'この理念のもとで進めます。',
    '第3章 体系',
    '基本目標Ⅰ つながる',
    '施策（１）集う',
    '① 茶話会',
    '② 食事会',
    '施策（２）見守る',
    '① 声かけ',
    '基本目標Ⅱ ささえる',
    '施策（１）相談',
    '① 窓口',
    '第4章 推進',
    '毎年ふりかえります。',
  ];

  it('is not thrown off by 第N章 headings with nothing numbered under them, and keeps three levels', () => {
    const r = compile(chapters.join('\n'));
    expect(r.plan!.root.children.map(titles)).toEqual([
      { つながる: [{ 集う: ['茶話会', '食事会'] }, { 見守る: ['声かけ'] }] },
      { ささえる: [{ 相談: ['窓口'] }] },
    ]);
    expect(r.plan!.vision).toBe('いっしょに笑う町');
  });

  it('takes the tree that makes more numbered lines items (choose.more-numbered): a short list of goals loses to the detail with its two levels below', () => {
    const text = [
      '第1章 目標',
      '基本目標1 あそぶ',
      '基本目標2 まなぶ',
      '第2章 内容',
      '基本目標1 あそぶ',
      '（1）外あそび',
      '　ア　公園',
      '　イ　川',
      '基本目標2 まなぶ',
      '（1）読書',
      '　ア　図書室',
    ].join('\n');
    const r = compile(text);
    expect(r.plan!.root.children.map(titles)).toEqual([
      { あそぶ: [{ 外あそび: ['公園', '川'] }] },
      { まなぶ: [{ 読書: ['図書室'] }] },
    ]);
  });
});

describe('compilePlan: where the vision ends', () => {
  it('stops at a sentence after a short slogan (vision.slogan-ends) and at a level label after a blank (vision.ends-at-label)', () => {
    const a = compile(
      ['基本理念', 'ひだまりの町', 'この言葉に思いをこめました。', '', '基本目標1 あつまる', '基本目標2 まなぶ'].join(
        '\n',
      ),
    );
    expect(a.plan!.vision).toBe('ひだまりの町');
    const b = compile(
      ['基本理念', 'ひだまりの町', '', '計画の目標', '', '基本目標1 あつまる', '基本目標2 まなぶ'].join('\n'),
    );
    expect(b.plan!.vision).toBe('ひだまりの町');
  });

  it('keeps the spaces written between the phrases of a slogan (vision.spacing)', () => {
    const r = compile(
      ['スローガン', 'ゆっくり　のんびり　ほっこり', '', '基本目標1 あつまる', '基本目標2 まなぶ'].join('\n'),
    );
    expect(r.plan!.vision).toBe('ゆっくり　のんびり　ほっこり');
  });
});

describe('compilePlan: numbered lines left as notes', () => {
  it('says in plain words that a numbered line left as a note or prose has a number', () => {
    const r = compile(
      [
        '第1章 はじめに',
        '１　計画のねらい',
        '町の計画です。',
        '第2章 体系',
        '基本目標1 あつまる',
        '- 茶話会',
        '基本目標2 まなぶ',
        '- 読書会',
      ].join('\n'),
    );
    expect(r.warnings.find((x) => x.line === 2)?.message).toMatch(/^「１\s?計画のねらい」には番号がありますが/);
  });
});
