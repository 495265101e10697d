import { describe, expect, it } from 'vitest';
import { dropLabel, levelWordOf, lineFeatures } from './lineModel';

const f = (text: string) => lineFeatures({ line: 1, text });

describe('lineFeatures', () => {
  it('reads a level word, its number and the title after them', () => {
    expect(f('基本目標2 ささえる')).toMatchObject({
      word: '基本目標',
      num: { scheme: '基本目標:num', value: 2 },
      title: 'ささえる',
    });
    expect(f('基本目標3「まなぶ」')).toMatchObject({ word: '基本目標', num: { value: 3 }, title: '「まなぶ」' });
  });

  it('widens level words by suffix and takes extra ones from hints', () => {
    expect(levelWordOf('推進施策1 あ')).toBe('推進施策');
    expect(levelWordOf('地域福祉活動計画(概要版)')).toBeNull();
    expect(levelWordOf('行動の柱1', { 行動の柱: 1 })).toBe('行動の柱');
  });

  it('reads numbering schemes, 1) included, and bullets', () => {
    expect(f('1) 健康').num).toMatchObject({ scheme: 'half-paren', value: 1 });
    expect(f('(4)まちづくり').num).toMatchObject({ scheme: 'paren', value: 4 });
    expect(f('  2. 文です。')).toMatchObject({ indent: 2, num: { scheme: 'dot', value: 2 }, sentence: true });
    expect(f('- 地域の場')).toMatchObject({ bullet: true, title: '地域の場', num: null });
  });

  it('marks page furniture', () => {
    expect(f('- 3 -').furniture).toBe('furniture.page-number');
    expect(f('お問い合わせ').furniture).toBe('furniture.contact');
    expect(f('・第2章 計画の考え方').furniture).toBe('back.chapter-list');
  });

  it('drops a short label before a colon', () => {
    expect(dropLabel('領域:子育て支援')).toBe('子育て支援');
    expect(dropLabel('子育て支援')).toBe('子育て支援');
  });
});
