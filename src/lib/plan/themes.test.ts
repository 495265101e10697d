import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from './schema';
import { walk } from './hierarchy';
import { THEMES, nodesByTheme, themesFromChildren, themesOf } from './themes';

const plans = readdirSync('static/plans')
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => JSON.parse(readFileSync(`static/plans/${f}`, 'utf8')) as Plan);

describe('themes', () => {
  it('tags by the words plans use, across kana and width variants', () => {
    expect(themesOf('ボランティアの育成と参加促進')).toContain('volunteer');
    expect(themesOf('ﾎﾞﾗﾝﾃｨｱ活動')).toContain('volunteer');
    expect(themesOf('成年後見制度の普及・啓発')).toEqual(['rights']);
    expect(themesOf('災害時の体制整備の強化')).toContain('disaster');
  });

  it('falls back to the description, then to what most children speak to', () => {
    expect(themesOf('できることをできるときに', 'ボランティアを広げます')).toEqual(['volunteer']);
    expect(themesFromChildren([{ themes: ['watch'] }, { themes: ['watch', 'place'] }, { themes: ['info'] }])[0]).toBe(
      'watch',
    );
  });

  it('tags every item of every seed plan with at least one theme (the compiler prints any it cannot)', () => {
    const untagged: string[] = [];
    for (const p of plans) walk(p.root, (n) => n !== p.root && !n.themes?.length && untagged.push(`${p.id}/${n.id}`));
    expect(untagged).toEqual([]);
  });

  it('uses only known theme ids', () => {
    const ids = new Set(THEMES.map((t) => t.id));
    for (const p of plans) walk(p.root, (n) => n.themes?.forEach((t) => expect(ids.has(t)).toBe(true)));
  });
});

describe('nodesByTheme', () => {
  it('indexes node ids by theme, leaving out the root', () => {
    const root = {
      id: 'root',
      themes: ['watch'],
      children: [{ id: '1', themes: ['watch', 'place'], children: [{ id: '1-1', themes: ['place'], children: [] }] }],
    };
    const m = nodesByTheme(root as unknown as PlanNode);
    expect([...m.get('watch')!]).toEqual(['1']);
    expect([...m.get('place')!].sort()).toEqual(['1', '1-1']);
  });
});
