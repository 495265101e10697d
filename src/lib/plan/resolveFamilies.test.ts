/** The family rows resolved into a structure (resolveFamilies.ts) and placed by the one placement loop. */
import { describe, expect, it } from 'vitest';
import { buildTrees } from './build';
import { compilePlan } from './compile';
import { walk } from './hierarchy';
import type { PlanNode } from './schema';
import { titleTree as tree } from '../../../tests/unit/harness/titleTree';

const walkAll = (root: PlanNode) => {
  const out: PlanNode[] = [];
  walk(root, (n) => out.push(n));
  return out;
};

/** The tree the family way builds, with its sections and the decision recorded for each line. */
function familyWay(text: string) {
  const way = buildTrees(text.split('\n'), {}).candidates.find((c) => c.way === 'families')!;
  return { root: way.reading.root, sections: way.reading.sections, marks: way.recorded().map((l) => l.mark) };
}

describe('the family way (resolveFamilies + the placement loop)', () => {
  it('nests a family that restarts at 1 under each item of the family above it', () => {
    const r = familyWay(
      [
        '重点課題1 地域づくり',
        '《施策の方向》',
        '1 見守り',
        '2 居場所',
        '重点課題2 人づくり',
        '《施策の方向》',
        '1 研修',
        '- 1 -',
        '1 詳細',
      ].join('\n'),
    );
    expect(r.root.children.map(tree)).toEqual([{ 地域づくり: ['見守り', '居場所'] }, { 人づくり: ['研修'] }]);
    expect(r.root.children[0].children[0].level).toBe('施策の方向');
  });

  it('splits a subtitle in parentheses off the title', () => {
    const r = familyWay(['基本目標1 拠点づくり(身近な拠点)', '基本目標2 人材(担い手)'].join('\n'));
    expect(r.root.children.map((c) => [c.title, c.subtitle])).toEqual([
      ['拠点づくり', '身近な拠点'],
      ['人材', '担い手'],
    ]);
  });

  it('keeps the prose it did not use as sections and marks furniture as skipped', () => {
    const r = familyWay(
      ['計画について', 'この計画は大切です。', '2つの目標を掲げます。', '1 あ', '2 い', '【本書(PDF:1MB)'].join('\n'),
    );
    expect(r.root.children.map((c) => c.title)).toEqual(['あ', 'い']);
    expect(r.sections[0]).toMatchObject({
      heading: '計画について',
      text: 'この計画は大切です。\n2つの目標を掲げます。',
    });
    expect(r.marks.at(-1)).toMatchObject({ role: 'skipped', rule: 'furniture.link' });
  });

  it('gives each level one numbering and nests a third level (family.children), never counting across (1) and ②', () => {
    const text = [
      '重点目標Ⅰ 学ぶ',
      '推進項目（１）知る',
      '① 講座',
      '② 見学',
      '推進項目（２）伝える',
      '① 発表',
      '重点目標Ⅱ 働く',
      '推進項目（１）探す',
      '① 相談',
      '② 紹介',
      '③ 同行',
    ].join('\n');
    const r = familyWay(text);
    expect(r.root.children.map(tree)).toEqual([
      { 学ぶ: [{ 知る: ['講座', '見学'] }, { 伝える: ['発表'] }] },
      { 働く: [{ 探す: ['相談', '紹介', '同行'] }] },
    ]);
    expect(r.root.children[0].children[0].level).toBe('推進項目');
    expect(r.root.children[0].children[0].children[0].level).toBe('取組');
  });

  it('reads ア/イ and （ア）/（イ） as a numbering level (numbering.kana), but not a katakana word', () => {
    const text = [
      '1. 出会う',
      '（1）集まる',
      '　ア　茶話会',
      '　イ　アウトドア体験',
      '（2）話す',
      '　（ア）電話',
      '2. 助ける',
      '（1）運ぶ',
      '　ア　送迎',
    ].join('\n');
    expect(familyWay(text).root.children.map(tree)).toEqual([
      { 出会う: [{ 集まる: ['茶話会', 'アウトドア体験'] }, { 話す: ['電話'] }] },
      { 助ける: [{ 運ぶ: ['送迎'] }] },
    ]);
  });

  it('gives prose to the item it follows, child or grandchild', () => {
    const r = familyWay(['1. 出会う', '（1）集まる', '集まる場所を増やします。', '2. 助ける', '（1）運ぶ'].join('\n'));
    expect(r.root.children[0].children[0].description).toBe('集まる場所を増やします。');
  });

  it('reads nothing from prose alone', () => {
    expect(familyWay('ただの文章です。\nもう一行です。').root.children).toEqual([]);
  });

  it('keeps the marks of each line on its node (【重点】, (再掲) linked to the item it repeats)', () => {
    const text = [
      '地域福祉の3つの目標',
      '1 つながる地域',
      '(1) 見守り活動の推進【重点】',
      '(2) 居場所づくり',
      '2 支え合う地域',
      '(1) 相談体制の充実【新規】',
      '(2) 見守り活動の推進(再掲)',
      '3 担い手',
      '(1) 人材育成',
    ].join('\n');
    const r = compilePlan(text, { id: 'x' });
    const byTitle = (t: string) => walkAll(r.plan!.root).filter((n) => n.title === t);
    expect(r.evidence).toMatch(/番号の並び 2\/2/);
    expect(byTitle('見守り活動の推進').map((n) => [n.id, n.tags, n.repeatOf])).toEqual([
      ['1-1', ['重点'], undefined],
      ['2-2', ['再掲'], '1-1'],
    ]);
    expect(byTitle('相談体制の充実')[0].tags).toEqual(['新規']);
    expect(byTitle('人材育成')[0].tags).toEqual([]);
  });

  it('reads unnumbered headings (■ …, 【…】) that each have their own bullets as one level (family.headed)', () => {
    const r = compilePlan(
      [
        'さくら村 地域福祉活動計画',
        '■計画の基本理念',
        'ともに笑い ともに支える さくら村',
        '■2つの重点の柱',
        '村では、次の2つの柱に取り組みます。',
        '■ふれあいの場をひろげる',
        '　〜だれもが立ち寄れる場所〜',
        '　・サロンの開催',
        '　・【重点】子ども食堂への支援',
        '■困りごとを見逃さない',
        '　・民生委員との連携',
        '　・相談会の開催',
        '　・配食サービス',
        '■計画の推進',
        '毎年、推進委員会で振り返ります。',
      ].join('\n'),
      { id: 'x' },
    );
    expect(r.plan!.vision).toBe('ともに笑い ともに支える さくら村');
    expect(r.plan!.root.children.map(tree)).toEqual([
      { ふれあいの場をひろげる: ['サロンの開催', '子ども食堂への支援'] },
      { 困りごとを見逃さない: ['民生委員との連携', '相談会の開催', '配食サービス'] },
    ]);
    expect(r.plan!.root.children[0].subtitle).toBe('だれもが立ち寄れる場所');
    expect(r.plan!.root.children[0].children[1].tags).toEqual(['重点']);
    expect((r.plan!.sections ?? []).map((x) => x.text).join('\n')).toContain('毎年、推進委員会で振り返ります。');
  });

  it('reads bullets of two marks at one indent (● headings, ・ items) as two levels, on a page with menus and links', () => {
    const r = compilePlan(
      [
        'ホーム > 事業案内 > 活動計画',
        '更新日:2025年4月1日',
        '3つの目標と主な取組',
        '◆となりの人に声をかける',
        '・あいさつ運動',
        '・見守りカード',
        '◆集いの場をふやす',
        '・地区サロン',
        '◆学びあう',
        '・福祉講座',
        '・出前授業',
        '計画書(PDF:1.0MB)',
        '関連ページ',
        '・ボランティアセンター',
        '・共同募金',
      ].join('\n'),
      { id: 'x' },
    );
    expect(r.errors).toEqual([]);
    expect(r.plan!.root.children.map(tree)).toEqual([
      { となりの人に声をかける: ['あいさつ運動', '見守りカード'] },
      { 集いの場をふやす: ['地区サロン'] },
      { 学びあう: ['福祉講座', '出前授業'] },
    ]);
  });

  it('reads a report as pdftotext gives it: a contents page with leaders, page numbers, a running head, titles cut mid-word, lists of what people can do', () => {
    const r = compilePlan(
      [
        'ひばり台町 地域福祉活動計画',
        '目 次',
        'はじめに ........................ i',
        '第1章 計画の考え方 .............. 1',
        '第2章 取組の内容 ................ 5',
        '- ii -',
        '第2章 取組の内容',
        '1. 近所どうしで声をかけあう関係をつく',
        'る',
        ' 顔見知りを増やし、困ったときに頼れる関係を育てます。',
        '(1) あいさつ運動の推進',
        ' みんなでできること',
        ' ・朝のあいさつをする',
        '(2) 見守りの仕組みづくり',
        '- 5 -',
        '第2章 取組の内容',
        '2. だれもが集える場を身近に設',
        'けます',
        '(1) サロン活動の支援',
        ' 地域でできること',
        ' ・空き家を集いの場に使う',
        '(2) 世代をこえた交流',
      ].join('\n'),
      { id: 'x' },
    );
    expect(r.plan!.root.children.map(tree)).toEqual([
      { 近所どうしで声をかけあう関係をつくる: ['あいさつ運動の推進', '見守りの仕組みづくり'] },
      { だれもが集える場を身近に設けます: ['サロン活動の支援', '世代をこえた交流'] },
    ]);
    expect(r.plan!.root.children[0].children[0].residents).toEqual(['朝のあいさつをする']);
  });

  it('says when a level name is a guess, once per level, and not when the text names it', () => {
    const guessed = (lines: string[]) =>
      compilePlan(lines.join('\n'), { id: 'x' }).warnings.filter((w) => w.message.includes('階層の名前が本文にない'));
    const plain = [
      '私たちの取組',
      '1 つながる',
      '(1) 見守り',
      '(2) 声かけ',
      '2 支え合う',
      '(1) 相談',
      '3 育てる',
      '(1) 講座',
    ];
    expect(guessed(plain).map((w) => w.message.match(/「([^」]+)」としました/)![1])).toEqual(['基本目標', '施策']);
    expect(
      guessed(['3つの重点目標', ...plain.slice(1)]).map((w) => w.message.match(/「([^」]+)」としました/)![1]),
    ).toEqual(['施策']);
  });
});
