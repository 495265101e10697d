import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { SPELLING_GROUPS, joinSpellingsIn } from './spellingVariants';

describe('spellings that readings cannot join', () => {
  it.each([
    ['障害', '障がい'],
    ['障碍', '障がい'],
    ['障がい者', '障害者'],
    ['子ども', '子供'],
    ['コドモ', '子供'],
    ['一人ひとり', '一人一人'],
    ['ひとり一人', 'ヒトリヒトリ'],
  ])('%s folds like %s', (a, b) => expect(fold(a).text).toBe(fold(b).text));

  it('keeps only the rows readings cannot settle (助け合い, 支えあい, 取組 … join through readings.ts)', () => {
    const words = SPELLING_GROUPS.flat();
    for (const w of ['助け合', 'ささえあ', '支えあ', '取組', '見守り', '話合い', '繋がり', 'まちづくり'])
      expect(words.join(' ')).not.toContain(w);
    expect(SPELLING_GROUPS.length).toBeLessThanOrEqual(3);
  });

  it('keeps the map to the original text, so a match can be highlighted where it was written', () => {
    const f = fold('地域の障がい者支援');
    const at = f.text.indexOf('しようがい');
    expect([f.map[at], f.map[at + 'しようがい'.length - 1] + 1]).toEqual([3, 6]);
    expect(f.text.slice(at + 5)).toBe('者支援');
    expect(f.map[at + 5]).toBe(6);
  });

  it('leaves words that only share a character alone', () => {
    expect(fold('障子').text).toBe('障子');
    expect(fold('子育て').text).toBe('子育て');
  });

  it('joins the same spellings in plain text, before the analyser reads it', () => {
    expect(joinSpellingsIn('障がい者と子供の一人一人')).toBe('しようがい者とこどものひとりひとり');
  });
});
