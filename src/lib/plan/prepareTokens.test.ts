import { describe, expect, it } from 'vitest';
import {
  demoteLoneChapter,
  findPreviews,
  lexLines,
  promoteDashParents,
  rankNewWords,
  recurringLabels,
} from './prepareTokens';

const lex = (...lines: string[]) => lexLines(lines, () => {});

describe('prepareTokens', () => {
  it('promotes "1 地域" to a heading when 1-1 codes hang from it', () => {
    const t = promoteDashParents(lex('1 地域', '1-1 交流'));
    expect(t[0]).toMatchObject({ kind: 'heading', code: '1', title: '地域' });
  });

  it('demotes a lone 第3章 to text but keeps chapters when there are several', () => {
    expect(demoteLoneChapter(lex('第3章 計画'))[0].kind).toBe('text');
    expect(demoteLoneChapter(lex('第1章 あ', '第2章 い'))[0].kind).toBe('heading');
  });

  it('ranks a new level word one below the heading open above it', () => {
    const t = rankNewWords(lex('基本目標1 あ', '推進施策1 い', '基本目標2 う', '推進施策2 え'));
    expect(t.map((x) => (x.kind === 'heading' ? x.rank : null))).toEqual([1, 2, 1, 2]);
  });

  it('treats a short label seen twice as a separator', () => {
    const sep = recurringLabels(lex('💡 ポイント', 'あ。', 'ポイント'));
    expect(sep('ポイント')).toBe(true);
    expect(sep('ほかの行')).toBe(false);
  });

  it('finds a preview (I. …) that a labelled heading repeats later', () => {
    const t = lex('I. 人と人がつながる地域', '基本方針I. 人と人がつながる地域づくり');
    expect([...findPreviews(t).keys()]).toEqual([1]);
  });
});
