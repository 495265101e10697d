import { describe, expect, it } from 'vitest';
import { compilePlan } from '../plan/compile';
import { sourceLines } from '../edit/ops';
import { PlanEditor } from './planEditor.svelte';

const TEXT = [
  '基本理念',
  'みんなでささえあうまち',
  '',
  '基本目標',
  '1 地域でつながる',
  '2 見守りを広げる',
  '3 担い手を育てる',
].join('\n');
const editor = () => {
  const plan = compilePlan(TEXT, { id: 't' }).plan;
  return new PlanEditor(() => ({ plan, lines: sourceLines(TEXT) }));
};
const key = (k: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const titles = (e: PlanEditor) => e.items.map((d) => `${d.depth}:${d.data.title}`);

describe('PlanEditor keys', () => {
  it('Tab indents, Shift+Tab outdents, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo', () => {
    const e = editor();
    expect(e.key(key('Tab'), '2')).toBe(true);
    expect(titles(e)).toEqual(['1:地域でつながる', '2:見守りを広げる', '1:担い手を育てる']);
    e.key(key('z', { ctrlKey: true }), '2');
    expect(titles(e)).toEqual(['1:地域でつながる', '1:見守りを広げる', '1:担い手を育てる']);
    e.key(key('Z', { ctrlKey: true, shiftKey: true }), '2');
    expect(titles(e)[1]).toBe('2:見守りを広げる');
    e.key(key('Tab', { shiftKey: true }), '2');
    e.key(key('z', { ctrlKey: true }), '2');
    e.key(key('z', { ctrlKey: true }), '2');
    e.key(key('y', { ctrlKey: true }), '2');
    expect(titles(e)[1]).toBe('2:見守りを広げる');
  });

  it('leaves Tab on a first item to move focus on, and moves focus with the arrow keys', () => {
    const e = editor();
    expect(e.key(key('Tab'), '1')).toBe(false);
    expect(e.key(key('ArrowDown'), '1')).toBe(true);
    expect(e.current).toBe('2');
    e.key(key('End'), '2');
    expect(e.current).toBe('3');
    e.key(key('Home'), '3');
    expect(e.current).toBe('1');
    expect(e.key(key('a'), '1')).toBe(false);
  });

  it('Alt+↓ moves among siblings, F2 starts renaming, Delete takes out and keeps focus nearby', () => {
    const e = editor();
    e.key(key('ArrowDown', { altKey: true }), '1');
    expect(titles(e)).toEqual(['1:見守りを広げる', '1:地域でつながる', '1:担い手を育てる']);
    e.key(key('F2'), '3');
    expect(e.renaming).toBe('3');
    expect(e.rename('3', '人を育てる')).toBe(true);
    e.key(key('Delete'), '1');
    expect(titles(e)).toEqual(['1:見守りを広げる', '1:人を育てる']);
    expect(e.current).toBe('3');
  });
});
