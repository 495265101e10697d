import { describe, expect, it } from 'vitest';
import { attach, newDraft } from './draft';
import { dropEmptyChapters } from './dropEmptyChapters';

describe('dropEmptyChapters', () => {
  it('takes 第N章 nodes with nothing under them out of the top level and keeps their prose as sections (heading.empty-chapter)', () => {
    const root = newDraft({ level: '基本理念', line: 0 }, null);
    attach(
      root,
      newDraft(
        { level: '章', scheme: 'chapter', code: '第1章', title: 'はじめに', description: '町の計画です。', line: 1 },
        root,
      ),
    );
    const goal = attach(
      root,
      newDraft({ level: '基本目標', scheme: 'roman', code: 'Ⅰ', title: 'つながる', line: 3 }, root),
    );
    attach(goal, newDraft({ level: '施策', scheme: 'paren', code: '(1)', title: '集う', line: 4 }, goal));
    const full = attach(
      root,
      newDraft({ level: '章', scheme: 'chapter', code: '第2章', title: '体系', line: 5 }, root),
    );
    attach(full, newDraft({ level: '基本目標', code: '1', title: 'ささえる', line: 6 }, full));
    attach(root, newDraft({ level: '章', scheme: 'chapter', code: '第3章', title: '推進', line: 8 }, root));
    expect(dropEmptyChapters(root)).toEqual([
      { heading: '第1章 はじめに', text: '町の計画です。', line: 1 },
      { heading: '第3章 推進', text: '', line: 8 },
    ]);
    expect(root.children.map((d) => d.title)).toEqual(['つながる', '体系']);
  });
});
