import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { readVision } from './vision';
import { lineFeatures } from './lineModel';

const vision = (...t: string[]) => readVision(t.map((text, i) => lineFeatures({ line: i + 1, text })));

describe('readVision', () => {
  it('reads the line under a 理念 label, in any bracket, keeping a ～subtitle～ apart', () => {
    expect(vision('【理念】', 'みんなの笑顔!')).toMatchObject({ text: 'みんなの笑顔!', rule: 'vision.label' });
    expect(vision('☆基本理念(スローガン)', '「ささえあうまち」', '~ 誰もが ~')).toMatchObject({
      text: 'ささえあうまち',
      subtitle: '誰もが',
    });
    expect(vision('2.計画の基本理念', 'やさしいまちづくり')?.text).toBe('やさしいまちづくり');
  });

  it('reads any vision label of the set, with brackets or a (…) after it, skipping a second label under it (vision.label)', () => {
    expect(vision('スローガン', '歌って踊れる町')?.text).toBe('歌って踊れる町');
    expect(vision('めざす姿（基本理念）', '星がよく見える村')?.text).toBe('星がよく見える村');
    expect(vision('《将来像》', '「みどりの丘」')?.text).toBe('みどりの丘');
    expect(vision('わたしたちのスローガン', 'スローガン', '『毎日が日曜日』')?.text).toBe('毎日が日曜日');
    expect(vision('理念を大切にします', '歌う町')).toBeNull();
  });

  it('joins a quoted vision broken over lines, and finds it after an intro sentence', () => {
    expect(vision('1 基本理念', '『ともに生き、', 'ともに歩むまち』')?.text).toBe('ともに生き、ともに歩むまち');
    expect(vision('3 計画の理念と目標', '理念は次のとおりです。', '『花のまち』', '説明です。')).toMatchObject({
      text: '花のまち',
      rule: 'vision.quoted',
    });
  });

  it('reads a single statement under a 目標 label as the vision', () => {
    expect(vision('全体目標', '安心のまち', '施策の柱', 'あ')).toMatchObject({
      text: '安心のまち',
      rule: 'vision.single-goal',
    });
  });

  it('reads a vision written inside prose', () => {
    expect(vision('本会は「つながるまち」を基本理念に活動します。')).toMatchObject({
      text: 'つながるまち',
      rule: 'vision.inline',
    });
    expect(vision('基本理念「手をつなぐまち」のもと進めます。')?.text).toBe('手をつなぐまち');
  });

  it('reads an unlabelled slogan above its ～subtitle～', () => {
    expect(vision('第1次計画', 'みんなのまち', '〜いつまでも〜')).toMatchObject({
      text: 'みんなのまち',
      subtitle: 'いつまでも',
      rule: 'vision.before-subtitle',
    });
  });

  it('finds none in plain prose', () => {
    expect(vision('これは説明です。', '計画を作りました。')).toBeNull();
  });
});

describe('readVision: one reader for every reading (issue 27)', () => {
  /** Lines as the line model holds them: blank lines left out, their line numbers kept. */
  const spaced = (...t: string[]) =>
    readVision(t.flatMap((text, i) => (text ? [lineFeatures({ line: i + 1, text })] : [])));

  it('stops before a line naming levels, such as a table header row under the vision', () => {
    expect(spaced('基本理念', 'ともに 生きる まち', '基本目標 施策 取組', '1 つながる')?.text).toBe(
      'ともに 生きる まち',
    );
    expect(spaced('【めざす姿】', '山と 川の 村', '目標と施策の一覧', 'あ')?.text).toBe('山と 川の 村');
  });

  it('reads a label written as a Markdown heading', () => {
    expect(spaced('### 基本理念', '', '「みんなの港町」', '', '本文です。')).toMatchObject({
      text: 'みんなの港町',
      rule: 'vision.quoted',
    });
    expect(spaced('## スローガン', 'やさしい丘のまち')?.text).toBe('やさしい丘のまち');
  });

  it('skips a (スローガン) label and joins a slogan in two parts set apart by blank lines', () => {
    expect(
      spaced('基本理念', '', '(スローガン)', '', 'みんなでささえあい', '', '笑顔がつながる町', '', '2 実施計画')?.text,
    ).toBe('みんなでささえあい 笑顔がつながる町');
    expect(spaced('将来像', '（キャッチフレーズ）', '海と生きる', '', '人と生きる', '', '第2章 計画の体系')?.text).toBe(
      '海と生きる 人と生きる',
    );
  });

  it('keeps a long paragraph right after the vision as its explanation, apart from its wording', () => {
    const v = spaced(
      '基本理念',
      '',
      'ひとりにしない町',
      '',
      'この理念には、だれもが地域のなかで孤立せず、困ったときに声をかけあえる町にしたいという願いを込めました。',
      '',
      '基本目標1 つながる',
    );
    expect(v).toMatchObject({ text: 'ひとりにしない町', description: expect.stringMatching(/^この理念には/) });
  });

  it('does not take the rest of a numbered title broken over two lines, above its 〜subtitle〜, for a slogan', () => {
    const r = compilePlan(
      ['1 地域で見守る', '仕組みづくり', '2 誰もが集える', '場の充実', '〜みんなの居場所〜', '3 担い手を育てる'].join(
        '\n',
      ),
      { id: 'x' },
    );
    expect(r.plan!.vision ?? '').toBe('');
    expect(r.plan!.root.children.map((c) => [c.title, c.subtitle ?? ''])).toEqual([
      ['地域で見守る仕組みづくり', ''],
      ['誰もが集える場の充実', 'みんなの居場所'],
      ['担い手を育てる', ''],
    ]);
    // A slogan of its own above a 〜subtitle〜 is still the vision.
    expect(vision('ともに生きるまち', '〜支え合いの輪〜', '1 見守り')).toMatchObject({ text: 'ともに生きるまち' });
  });
});
