import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { inlineItems, splitInto } from './inlineItems';
import { lineFeatures } from './lineModel';

const read = (text: string) => inlineItems([lineFeatures({ line: 1, text })]);

describe('inlineItems', () => {
  it('reads quoted items followed by を基本目標 or の Nつの目標', () => {
    expect(read('「あ」を掲げ、「い」「う」を基本目標としました。')).toMatchObject({
      level: '基本目標',
      titles: ['い', 'う'],
    });
    expect(read('「人づくり」、「場づくり」の2つの目標を掲げます。')).toMatchObject({
      level: '目標',
      titles: ['人づくり', '場づくり'],
    });
  });

  it('reads a parenthesised list after 「Nつの…」, keeping a comma inside an item', () => {
    expect(read('3つの地域の姿(話せる地域、集える地域、「困った」に気づき、助ける地域)に向かいます。')?.titles).toEqual(
      ['話せる地域', '集える地域', '「困った」に気づき、助ける地域'],
    );
    expect(splitInto('あのまち、いのまち', 2)).toEqual(['あのまち', 'いのまち']);
  });

  it('reads full-width counts as well', () => {
    expect(read('３つの基本目標「あ」「い」「う」を掲げます。')?.titles).toEqual(['あ', 'い', 'う']);
  });

  it('reads nothing from ordinary quotes', () => {
    expect(read('「つながり」と「支えあい」を大切にします。')).toBeNull();
  });

  it('reads the phrases a count closes in a sentence (a、b、cの3つを柱に, inline.count-list)', () => {
    expect(
      read(
        '本計画では、顔の見える関係づくり、安心して暮らせる仕組みづくり、福祉を学ぶ機会づくりの三つを基本目標として進めます。',
      ),
    ).toMatchObject({
      level: '基本目標',
      titles: ['顔の見える関係づくり', '安心して暮らせる仕組みづくり', '福祉を学ぶ機会づくり'],
      rule: 'inline.count-list',
    });
    // Fewer phrases than the count, or a sentence among them: not a list of titles.
    expect(read('見守りの2つの柱を立てます。')).toBeNull();
    expect(read('地域で話し合いを重ねてきました、集いの場をふやすの2つの柱です。')).toBeNull();
  });

  it('makes a plan of a web page that gives its goals only in such a sentence', () => {
    const r = compilePlan(
      [
        'ホーム > お知らせ > 活動計画を策定しました',
        '第3次ひばり町地域福祉活動計画を策定しました',
        '基本理念',
        '「ささえあい ひばりのまち」',
        '計画の目標',
        '本計画では、顔の見える関係づくり、安心して暮らせる仕組みづくり、福祉を学ぶ機会づくりの三つを基本目標として進めます。',
        '計画書(PDF:2.0MB)',
      ].join('\n'),
      { id: 'x' },
    );
    expect(r.plan?.vision).toBe('ささえあい ひばりのまち');
    expect(r.plan?.root.children.map((c) => c.title)).toEqual([
      '顔の見える関係づくり',
      '安心して暮らせる仕組みづくり',
      '福祉を学ぶ機会づくり',
    ]);
  });
});
