import { describe, expect, it } from 'vitest';
import { newDraft } from './draft';
import { nestFlatList } from './nestFlatList';
import type { Draft } from './types';

const root = () => Object.assign(newDraft({ id: 'root', level: '基本理念', line: 0 }, null), { path: [] });
const item = (level: string, n: number) => newDraft({ level, code: String(n), line: n, parts: [n] }, null);

describe('nestFlatList', () => {
  it('matches blank-line groups to the previous list in order', () => {
    const r = root();
    const parents = [item('目標', 1), item('目標', 2)];
    const items = [item('施策', 1), item('施策', 2), item('施策', 3)];
    nestFlatList(
      { level: '施策', items, groups: [[items[0]], [items[1], items[2]]], line: 1 },
      parents,
      r,
      {},
      () => {},
    );
    expect(parents.map((p: Draft) => p.children.length)).toEqual([1, 2]);
  });

  it('follows a parentOf hint and reports it', () => {
    const parents = [item('目標', 1), item('目標', 2)];
    const items = [item('施策', 1)];
    const used = nestFlatList(
      { level: '施策', items, groups: [items], line: 1 },
      parents,
      root(),
      { parentOf: { 施策1: '目標2' } },
      () => {},
    );
    expect(parents[1].children).toEqual(items);
    expect(used[0]).toContain('hints.parentOf');
  });
});
