/**
 * One test per kind of text the corpus showed going wrong, each on a text written here of the
 * same shape (never a corpus plan's wording): the rule must hold for the kind, not the plan.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';

const compile = (lines: string[]) => compilePlan(lines.join('\n'), { id: 't', title: 'テスト計画' });

describe('the vision is one statement (vision.one-statement, vision.subtitle)', () => {
  it('keeps a 〜subtitle〜 on the next line apart from the vision, quoted or not', () => {
    for (const v of ['『みどりの丘で ともに暮らす』', 'みどりの丘で ともに暮らす']) {
      const r = compile([
        '《基本理念》',
        v,
        '～だれもが「ほっと」できる丘～',
        '',
        '《基本目標》',
        '1.あそぶ丘',
        '2.まなぶ丘',
      ])!.plan!;
      expect([r.vision, r.visionSubtitle]).toEqual(['みどりの丘で ともに暮らす', 'だれもが「ほっと」できる丘']);
    }
  });

  it('does not read the explaining sentence under the vision into it', () => {
    const r = compile([
      '基本理念',
      '星の見える村 ~夜空を守る~',
      '村に暮らす人が、夜空を見上げて',
      'ほっとできる村をめざします。',
      '基本目標',
      '① 星の“まもり”',
      '② 星の“まなび”',
    ]);
    expect(r.plan!.vision).toBe('星の見える村 ~夜空を守る~');
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['星の“まもり”', '星の“まなび”']);
  });

  it('runs on when the line ends in 、 (a long vision wrapped by the page)', () => {
    const r = compile([
      '■基本理念',
      '  わたしたちは、山や川のめぐみを大切にし、',
      '  村のだれもが笑って暮らせる村をつくります。',
      '',
      '■基本目標',
      '1 山のめぐみ',
      '2 川のめぐみ',
    ]);
    expect(r.plan!.vision).toBe('わたしたちは、山や川のめぐみを大切にし、村のだれもが笑って暮らせる村をつくります。');
  });

  it('does not take the next heading as the vision’s second line', () => {
    const r = compile([
      '【基本理念】',
      'みんなでつくる 花のまち',
      '計画の体系',
      '1 花を植える',
      '(1) 球根の配布',
      '(2) 花壇の手入れ',
      '2 花を配る',
      '(1) 花の贈呈',
    ]);
    expect(r.plan!.vision).toBe('みんなでつくる 花のまち');
  });
});

describe('a vision on its label’s line (vision.inline-label)', () => {
  it('reads ≪基本理念≫, <基本理念> and 基本理念: followed by the vision', () => {
    for (const label of ['≪基本理念≫ ', '<基本理念>', '基本理念:', '【基本理念】']) {
      const r = compile([
        'はじめに',
        `${label}海と歩む 港のまち`,
        '',
        '≪計画期間≫ 5年間',
        '',
        '【基本目標1】海をまもる',
        '【基本目標2】港をにぎわす',
      ]);
      expect(r.plan!.vision, label).toBe('海と歩む 港のまち');
    }
  });

  it('reads a bracketed label on its own line, <基本理念> too', () => {
    const r = compile([
      '<計画とは>',
      '村の計画です。',
      '',
      '<基本理念>',
      '「ひとりにしない村」',
      '',
      '<基本目標>',
      'Ⅰ 見守る',
      'Ⅱ 集まる',
    ]);
    expect(r.plan!.vision).toBe('ひとりにしない村');
  });
});

describe('bullets (bullet.wingdings, family.bullets-end)', () => {
  it('reads Ø before a space as a bullet (a Wingdings ➢ in Word’s text export)', () => {
    const r = compile([
      '【基本目標1】森をまもる',
      '  Ø  間伐の手伝い',
      '  Ø  どんぐりの植樹',
      '【基本目標2】森であそぶ',
      '  Ø  森の学校',
    ]);
    expect(r.plan!.root.children.map((c) => c.children.length)).toEqual([2, 1]);
  });

  it('ends the last bulleted goal at the next unindented label, and skips a legal list before the plan', () => {
    const text = [
      '計画の位置付け',
      '法律に基づき、次の事項を定める計画です。',
      '- 福祉サービスの利用に関する事項',
      '- 住民の参加に関する事項',
      '基本理念',
      '「いっしょに歩む町」',
      '基本目標',
      '次の3つの基本目標を定めています。',
      '- 出会いの場をつくる',
      '- 学びの場をつくる',
      '- 支えの輪をつくる',
      '町の地域福祉計画',
      '計画書は下記からダウンロードできます。',
    ];
    const r = compile(text);
    expect(r.plan!.root.children.map((c) => [c.title, c.children.length])).toEqual([
      ['出会いの場をつくる', 0],
      ['学びの場をつくる', 0],
      ['支えの輪をつくる', 0],
    ]);
  });
});

describe('a title broken over lines, a subtitle on the next line (title.broken, title.subtitle-next)', () => {
  const goals = [
    '1   みんなで集まれる',
    '場所づくりの推進',
    '(居場所の支援)',
    '2   ひとりで悩まずに',
    'くらせる応援',
    '(相談の支援)',
    '集会所や公民館を使い、みんなが集まれる場所を増やします。',
    '困りごとを一緒に考えます。',
    '3   子どもたちの',
    '学びと遊びの推進',
    '(子育ての支援)',
  ];

  it('joins the rest of a title broken after a particle or attributive, and takes the (…) under it as the subtitle', () => {
    const r = compile([
      '■基本理念',
      '  わたしたちは、だれもが暮らしやすい町をつくります。',
      '',
      '■基本目標',
      '',
      ...goals,
    ]);
    expect(r.plan!.root.children.map((c) => [c.title, c.subtitle, c.children.length])).toEqual([
      ['みんなで集まれる場所づくりの推進', '居場所の支援', 0],
      ['ひとりで悩まずにくらせる応援', '相談の支援', 0],
      ['子どもたちの学びと遊びの推進', '子育ての支援', 0],
    ]);
  });

  it('does not join a description under a whole title', () => {
    const r = compile([
      '基本目標',
      '1 話し合う',
      '地域の中に、気軽に話せる場をつくります',
      '2 助け合う',
      '困ったときに声をかけ合える関係をつくります',
    ]);
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['話し合う', '助け合う']);
  });

  it('reads a 〜subtitle〜 or (…) under a level-word heading as its subtitle', () => {
    const r = compile([
      '基本目標1 集まる場所',
      '〜だれでも来られる〜',
      '施策1 サロン',
      '施策2 食堂',
      '基本目標2 学ぶ機会',
      '(知ることから)',
      '施策1 講座',
    ]);
    expect(r.plan!.root.children.map((c) => [c.title, c.subtitle])).toEqual([
      ['集まる場所', 'だれでも来られる'],
      ['学ぶ機会', '知ることから'],
    ]);
  });
});

describe('residents’ lists, however their header is worded (list-header.residents)', () => {
  const headers = [
    '町民のみなさんは',
    '家庭や地域でできること',
    '区民の取り組み',
    '住民に期待すること',
    '自治会や団体ができること',
  ];
  for (const header of headers) {
    it(`keeps 「${header}」 and its bullets out of the items, as the residents of the item above`, () => {
      const r = compile([
        '1 川をまもる',
        '1-1 川の清掃',
        '1-2 水辺の観察',
        header,
        '・ごみを拾います',
        '・川に親しみます',
        '2 森をまもる',
        '2-1 植樹',
        '2-2 間伐',
        header,
        '・木を植えます',
      ]);
      const p = r.plan!.root;
      expect(p.children.map((c) => c.children.map((k) => k.title))).toEqual([
        ['川の清掃', '水辺の観察'],
        ['植樹', '間伐'],
      ]);
      expect(p.children[0].children[1].residents).toEqual(['ごみを拾います', '川に親しみます']);
    });
  }
});

describe('the parent level (family.parent)', () => {
  it('reads bare numbers as the goals when each opens its own 施策1, 施策2 … list', () => {
    const r = compile([
      '基本理念',
      'やまのまち',
      '計画の体系',
      '1 山をまもる',
      '施策1 植樹',
      '・苗木の配布',
      '施策2 間伐',
      '2 山であそぶ',
      '施策1 キャンプ',
      '・テントの貸出',
      '施策2 山歩き',
      '3 山をつたえる',
      '施策1 昔話の会',
    ]);
    expect(r.plan!.root.children.map((c) => [c.title, c.children.map((k) => k.title)])).toEqual([
      ['山をまもる', ['植樹', '間伐']],
      ['山であそぶ', ['キャンプ', '山歩き']],
      ['山をつたえる', ['昔話の会']],
    ]);
  });
});

describe('a (…) after a title is its subtitle, on a broken title’s second line too (title.subtitle)', () => {
  it('splits the (…) off a circled heading and off the rest of a broken title', () => {
    const r = compile([
      '基本目標',
      '① 川とともに生きる町(水辺の再生)',
      '(1) 川の清掃',
      '(2) 水辺の観察',
      '② 子どもたちが安心して',
      '遊べる町(遊び場づくり)',
      '(1) 公園の整備',
    ]);
    expect(r.plan!.root.children.map((c) => [c.title, c.subtitle, c.children.length])).toEqual([
      ['川とともに生きる町', '水辺の再生', 2],
      ['子どもたちが安心して遊べる町', '遊び場づくり', 1],
    ]);
  });
});

describe('Roman numerals garbled by an encoding, a level word in parentheses (normalize.garbled-roman, normalize.paren-level)', () => {
  const text = [
    '<基本理念>',
    '「海とともに生きる町」',
    '',
    'T 海辺をまもる取り組みの推進',
    '  (推進項目)1.浜の清掃',
    '          2.松林の手入れ',
    'U 海を学ぶ機会の充実',
    '  (推進項目)1.磯の観察会',
    'V 漁業の担い手の育成',
  ];

  it('reads T U V at line starts as Ⅰ Ⅱ Ⅲ, and (推進項目)1. 2. as one list', () => {
    const r = compile(text);
    expect(r.plan!.root.children.map((c) => [c.code, c.title, c.children.map((k) => k.title)])).toEqual([
      ['Ⅰ', '海辺をまもる取り組みの推進', ['浜の清掃', '松林の手入れ']],
      ['Ⅱ', '海を学ぶ機会の充実', ['磯の観察会']],
      ['Ⅲ', '漁業の担い手の育成', []],
    ]);
  });

  it('leaves a lone T or letters out of order alone', () => {
    const r = compile(['基本目標', 'T シャツを配る会', '1 見守り', '2 声かけ']);
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['見守り', '声かけ']);
  });
});

it('names every item of a (推進項目)1. 2. list by the level word of its first', () => {
  const r = compile([
    'T 海辺をまもる',
    '  (推進項目)1.浜の清掃',
    '          2.松林の手入れ',
    'U 海を学ぶ',
    '  (推進項目)1.磯の観察会',
  ]);
  expect(r.plan!.root.children[0].children.map((k) => k.level)).toEqual(['推進項目', '推進項目']);
});
