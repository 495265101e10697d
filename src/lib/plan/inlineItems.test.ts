import { describe, expect, it } from 'vitest';
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
});
