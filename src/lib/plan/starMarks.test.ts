import { describe, expect, it } from 'vitest';
import { attach, newDraft } from './draft';
import { starMarks } from './starMarks';

const plan = (...titles: string[]) => {
  const root = newDraft({ level: '基本理念', line: 0 }, null);
  for (const title of titles) attach(root, newDraft({ level: '取組', title, line: 1 }, root));
  return root;
};

describe('starMarks', () => {
  it('tags ★ items 重点 when a key line says what ★ means, and takes the ★ out of the title (marker.star-key)', () => {
    const root = plan('★朝市の見守り', '夜の防犯パトロール', '☆花壇づくり');
    starMarks(root, ['凡例', '★印は重点的に進める取組です。']);
    expect(root.children.map((c) => [c.title, c.tags])).toEqual([
      ['朝市の見守り', ['重点']],
      ['夜の防犯パトロール', []],
      ['花壇づくり', []],
    ]);
  });

  it('only strips a bare ★ when no line says what it means', () => {
    const root = plan('★朝市の見守り');
    starMarks(root, ['★朝市の見守り', 'ここは説明です。']);
    expect(root.children[0]).toMatchObject({ title: '朝市の見守り', tags: [] });
  });
});
