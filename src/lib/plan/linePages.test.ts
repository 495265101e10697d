import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { linePages } from './linePages';

describe('linePages', () => {
  it('reads a page for every line from form feeds, with or without one before the first page', () => {
    expect(linePages('\fa\nb\n\fc')).toEqual([1, 1, 2]);
    expect(linePages('a\n\fb')).toEqual([1, 2]);
    expect(linePages('a\nb')).toBeNull();
  });

  it('gives compiled nodes the page of their line, and none for text without pages', () => {
    const plan = compilePlan('\f基本理念\n\nつながるまち\n\n基本目標1 ふれあう\n\f基本目標2 ささえる\n').plan!;
    expect(plan.root.children.map((n) => [n.title, n.page])).toEqual([
      ['ふれあう', 1],
      ['ささえる', 2],
    ]);
    expect(plan.vision).toBe('つながるまち');
    expect(compilePlan('基本目標1 ふれあう\n').plan!.root.children[0].page).toBeUndefined();
  });
});
