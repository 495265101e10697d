import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('spellings of one word', () => {
  it.each([
    ['助け合い', 'たすけあい'], ['助けあい', 'たすけあい'], ['タスケアイ', 'たすけあい'],
    ['支え合い', 'ささえあい'], ['支えあい', 'ささえあい'],
    ['障害', 'しょうがい'], ['障がい', 'しょうがい'], ['障碍', 'しょうがい'],
    ['子ども', 'こども'], ['子供', 'こども'], ['コドモ', 'こども'],
    ['取り組み', 'とりくみ'], ['取組', 'とりくみ'],
  ])('%s folds like %s', (a, b) => expect(fold(a).text).toBe(fold(b).text));

  it('keeps the map to the original text, so a match can be highlighted where it was written', () => {
    const f = fold('地域の支え合い活動');
    const at = f.text.indexOf('ささえあい');
    expect([f.map[at], f.map[at + 'ささえあい'.length - 1] + 1]).toEqual([3, 7]);
    expect(f.text.slice(at + 5)).toBe('活動');
    expect(f.map[at + 5]).toBe(7);
  });

  it('leaves words that only share a character alone', () => {
    expect(fold('障子').text).toBe('障子');
    expect(fold('子育て').text).toBe('子育て');
  });
});
