import { describe, expect, it } from 'vitest';
import { readGeneral } from './readGeneral';
import type { Draft } from './types';

const tree = (d: Draft): unknown => (d.children.length ? { [d.title]: d.children.map(tree) } : d.title);

describe('readGeneral', () => {
  it('nests a family that restarts at 1 under each item of the family above it', () => {
    const r = readGeneral(['重点課題1 地域づくり', '《施策の方向》', '1 見守り', '2 居場所', '重点課題2 人づくり', '《施策の方向》', '1 研修', '- 1 -', '1 詳細'].join('\n'));
    expect(r.root.children.map(tree)).toEqual([{ 地域づくり: ['見守り', '居場所'] }, { 人づくり: ['研修'] }]);
    expect(r.root.children[0].children[0].level).toBe('施策の方向');
  });

  it('splits a subtitle in parentheses off the title', () => {
    const r = readGeneral(['基本目標1 拠点づくり(身近な拠点)', '基本目標2 人材(担い手)'].join('\n'));
    expect(r.root.children.map((c) => [c.title, c.subtitle])).toEqual([['拠点づくり', '身近な拠点'], ['人材', '担い手']]);
  });

  it('keeps the prose it did not use as sections and marks furniture as skipped', () => {
    const r = readGeneral(['計画について', 'この計画は大切です。', '2つの目標を掲げます。', '1 あ', '2 い', '【本書(PDF:1MB)'].join('\n'));
    expect(r.root.children.map((c) => c.title)).toEqual(['あ', 'い']);
    expect(r.sections[0]).toMatchObject({ heading: '計画について', text: 'この計画は大切です。\n2つの目標を掲げます。' });
    expect([...r.marks.values()].at(-1)).toMatchObject({ role: 'skipped', rule: 'furniture.link' });
  });

  it('reads nothing from prose alone', () => {
    expect(readGeneral('ただの文章です。\nもう一行です。').root.children).toEqual([]);
  });
});
