/** The one placement loop (placementLoop.ts): the same attachment of prose whichever way of reading placed the nodes. */
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { titleTree } from '../../../tests/unit/harness/titleTree';

const read = (lines: string[]) => compilePlan(lines.join('\n'), { id: 'x' });
const notesWarned = (r: ReturnType<typeof compilePlan>) => r.warnings.filter((w) => w.message.includes('注記'));

describe('a short line that ends like a sentence (…ます, …です)', () => {
  it('describes the node above it when the text names its levels (基本目標1 …)', () => {
    const r = read(['基本目標1 地域を知る', '地域の情報を届けます', '基本目標2 交流する', '集いの場を広げます']);
    expect(r.plan!.root.children.map((c) => [c.title, c.description, c.notes ?? []])).toEqual([
      ['地域を知る', '地域の情報を届けます', []],
      ['交流する', '集いの場を広げます', []],
    ]);
    expect(notesWarned(r)).toEqual([]);
  });

  it('describes the node above it when the items are read as a numbered list', () => {
    const r = read([
      '私たちの目標',
      '1 地域を知る',
      '地域の情報を届けます',
      '2 交流する',
      '集いの場です',
      '3 活躍する',
    ]);
    expect(r.plan!.root.children.map((c) => c.description)).toEqual(['地域の情報を届けます', '集いの場です', '']);
    expect(notesWarned(r)).toEqual([]);
  });

  it('stays a note, with a warning, when it does not end like a sentence', () => {
    const r = read(['基本目標1 地域を知る', '', '地域の情報', '基本目標2 交流する']);
    expect(r.plan!.root.children[0].notes).toEqual(['地域の情報']);
    expect(notesWarned(r).map((w) => w.line)).toEqual([3]);
  });
});

describe('a list of level words under a bare label (基本目標 / 基本目標1 … / 基本目標2 …)', () => {
  it('splits the (…) after each title into its subtitle, as everywhere else', () => {
    const r = read([
      '基本目標',
      '【基本目標1】見守りの輪を広げる(ご近所の見守り)',
      '・声かけ訪問',
      '【基本目標2】居場所をふやす(誰もが集える場)',
      '・ふれあいサロン',
    ]);
    expect(r.plan!.root.children.map((c) => [c.title, c.subtitle])).toEqual([
      ['見守りの輪を広げる', 'ご近所の見守り'],
      ['居場所をふやす', '誰もが集える場'],
    ]);
  });
});

describe('a list under a header (【主な取組】) and prose broken over lines, in a plan with level words', () => {
  const r = read([
    '基本目標1 つながる',
    '(1) 見守り活動の推進',
    '一人で暮らす人を',
    '地域で見守ります。',
    '【主な取組】',
    '・見守り訪問',
    '・声かけ運動',
    '(2) 居場所づくり',
    '基本目標2 支え合う',
    '(1) 相談',
  ]);
  const first = r.plan!.root.children[0];

  it('ends the list where the next heading goes back above its owner', () => {
    expect(first.children.map((c) => [c.title, c.level])).toEqual([
      ['見守り活動の推進', '施策'],
      ['居場所づくり', '施策'],
    ]);
    expect(first.children[0].children.map((c) => [c.title, c.level])).toEqual([
      ['見守り訪問', '主な取組'],
      ['声かけ運動', '主な取組'],
    ]);
  });

  it('reads a line broken after a particle as the start of the description, with no warning', () => {
    expect(first.children[0].description).toBe('一人で暮らす人を\n地域で見守ります。');
    expect(first.children[0].notes ?? []).toEqual([]);
    expect(notesWarned(r)).toEqual([]);
  });
});

describe('a 体系図 table (tab-separated) whose cells wrapped onto the next row', () => {
  it('joins the rest of a cell to the cell above it in its column, and keeps bullets as items', () => {
    const r = read([
      '計画の体系',
      '基本目標\t施策\t取組',
      '1 だれもが集える場を\t(1) サロンの運営\t・ふれあいサロン',
      'ふやす\t\t・子ども食堂',
      '\t(2) 世代をこえた交流による\t・夏祭り',
      '\t仲間づくり\t',
      '2 困りごとを受けとめる仕組\t(1) 相談窓口の充実\t・出張相談',
      'みをつくる\t\t',
    ]);
    expect(r.plan!.root.children.map(titleTree)).toEqual([
      {
        だれもが集える場をふやす: [
          { サロンの運営: ['ふれあいサロン', '子ども食堂'] },
          { 世代をこえた交流による仲間づくり: ['夏祭り'] },
        ],
      },
      { 困りごとを受けとめる仕組みをつくる: [{ 相談窓口の充実: ['出張相談'] }] },
    ]);
  });
});
