/**
 * What a plan's text says is kept: in a node, its description or notes, or a section of the
 * page; whichever reading placed the nodes (the family rows here: numbered lists without level
 * words). Texts written for these tests, in the shapes a cold review found losing text.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { titleTree as tree } from '../../../tests/unit/harness/titleTree';

const read = (lines: string[]) => compilePlan(lines.join('\n'), { id: 'x' });
const sectionsText = (r: ReturnType<typeof compilePlan>) =>
  (r.plan!.sections ?? []).map((s) => `${s.heading}\n${s.text}`).join('\n');
const GOALS = ['1 見守りの輪を広げる', '近所で声をかけ合います。', '2 居場所をふやす', '集いの場を開きます。'];

describe('nothing the text says is dropped', () => {
  it('keeps a list header, its bullets and a table after the hierarchy as sections', () => {
    const r = read([
      'わたしたちの2つの目標',
      ...GOALS,
      '',
      '推進の体制',
      '社協と町が協力して進めます。',
      '【主な指標】',
      '・サロンの数',
      '目標値\t30か所',
    ]);
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['見守りの輪を広げる', '居場所をふやす']);
    expect(sectionsText(r)).toMatch(/主な指標[\s\S]*サロンの数[\s\S]*30か所/);
  });

  it('keeps the text of a table row beside a title cell and a subtitle cell', () => {
    const r = read([
      '目標の一覧',
      '| 1. 見守りの輪を広げる | (ご近所の輪) | 声をかけ合います。 |',
      '| 2. 居場所をふやす | (集いの輪) | 場を開きます。 |',
      '| 3. 担い手を育てる | (学びの輪) | 講座を開きます。 |',
    ]);
    expect(r.plan!.root.children.map((c) => [c.title, c.subtitle, c.description])).toEqual([
      ['見守りの輪を広げる', 'ご近所の輪', '声をかけ合います。'],
      ['居場所をふやす', '集いの輪', '場を開きます。'],
      ['担い手を育てる', '学びの輪', '講座を開きます。'],
    ]);
  });

  it('keeps the sentence that names the goals inline, and a vision after it out of the sections', () => {
    const r = read([
      '計画のあらまし',
      'この計画は「声をかけ合う」「集まる」「学ぶ」を基本目標とします。',
      '',
      '基本理念',
      'ふれあいのまち',
      '',
      '期間は6年間です。',
    ]);
    expect(r.plan!.root.children.map((c) => c.title)).toEqual(['声をかけ合う', '集まる', '学ぶ']);
    expect(r.plan!.vision).toBe('ふれあいのまち');
    const text = sectionsText(r);
    expect(text).toContain('この計画は「声をかけ合う」「集まる」「学ぶ」を基本目標とします。');
    expect(text).toContain('期間は6年間です。');
    expect(text).not.toContain('ふれあいのまち');
  });

  it('starts a new section after the hierarchy instead of adding to the text before it', () => {
    const r = read(['わたしたちの2つの目標', ...GOALS, '', '発行 みどり町社会福祉協議会', '令和7年3月']);
    const sections = r.plan!.sections ?? [];
    expect(sections[0].text).not.toContain('発行');
    expect(sections.at(-1)!.text).toContain('発行みどり町社会福祉協議会');
  });
});

describe('where the hierarchy read as numbered lists ends', () => {
  it('goes on over a page number inside the last block, and ends at a colophon', () => {
    const r = read([
      '地域福祉の2つの目標',
      '1 つながる',
      '(1) 見守り',
      '2 支え合う',
      '(1) 相談',
      '- 7 -',
      '(2) 権利擁護',
      '(3) 防災',
      '',
      '発行 みどり町社会福祉協議会',
      '令和7年3月',
    ]);
    expect(r.plan!.root.children.map(tree)).toEqual([
      { つながる: ['見守り'] },
      { 支え合う: ['相談', '権利擁護', '防災'] },
    ]);
    expect(sectionsText(r)).toContain('発行みどり町社会福祉協議会');
  });

  it('continues a child title broken over two lines, and keeps a 〜subtitle〜 under a child out of the tree', () => {
    const r = read([
      '地域福祉の2つの目標',
      '1 つながる',
      '(1) 防災の備えと',
      '避難の支援',
      '災害に備えます。',
      '(2) 見守り',
      '〜声かけの輪〜',
      '2 支え合う',
      '(1) 相談',
    ]);
    expect(r.plan!.root.children.map(tree)).toEqual([
      { つながる: ['防災の備えと避難の支援', '見守り'] },
      { 支え合う: ['相談'] },
    ]);
    expect(r.plan!.root.children[0].children[1].subtitle).toBe('声かけの輪');
  });

  it('keeps a numbered title or a sentence that names a contact or a date', () => {
    const r = read([
      '地域福祉の2つの目標',
      '1 つながる',
      '(1) 相談・問い合わせ体制の充実',
      '2025年4月から、窓口を一つにします。',
      '(2) 見守り',
      '2 支え合う',
      '(1) 相談',
    ]);
    const first = r.plan!.root.children[0];
    expect(first.children.map((c) => c.title)).toEqual(['相談・問い合わせ体制の充実', '見守り']);
    expect(first.children[0].description).toBe('2025年4月から、窓口を一つにします。');
  });
});
