import { describe, expect, it } from 'vitest';
import { attach, newDraft } from './draft';
import { lexLine } from './lineModel';
import { compoundParent, placeItem, reopen } from './placeItem';
import type { Draft, HeadingToken, Place } from './types';

const heading = (s: string) => lexLine(s, 9) as HeadingToken;
function setup(): { p: Place; goals: Draft[] } {
  const root = newDraft({ id: 'root', level: '基本理念', line: 0, path: [] }, null);
  root.path = [];
  const goals = [1, 2].map((n) =>
    attach(
      root,
      newDraft({ level: '基本目標', code: String(n), title: `目標${n}`, line: n, rank: 1, parts: [n] }, root),
    ),
  );
  return { p: { root, stack: [], extraUsed: 0 }, goals };
}

describe('placeItem', () => {
  it('puts a compound code under the node its prefix names', () => {
    const { p, goals } = setup();
    expect(compoundParent(p, heading('(2)－1 あ'), () => {})).toBe(goals[1]);
  });

  it('moves numbering that restarts at 1 to the next parent still without items', () => {
    const { p, goals } = setup();
    reopen(p, goals[0]);
    const first = placeItem(p, heading('1. あ'), {}, () => {}).parent;
    attach(first, newDraft({ level: '取組', line: 3, scheme: 'dot', parts: [1] }, first));
    reopen(p, first.children[0]);
    expect(placeItem(p, heading('1. い'), {}, () => {}).parent).toBe(goals[1]);
  });

  it('opens an unnamed block, with a warning, when no parent is left', () => {
    const { p, goals } = setup();
    for (const g of goals) attach(g, newDraft({ level: '取組', line: 3, scheme: 'dot', parts: [1] }, g));
    reopen(p, goals[1].children[0]);
    const warnings: string[] = [];
    const r = placeItem(p, heading('1. う'), {}, (_l, m) => warnings.push(m));
    expect(r.parent.level).toBe('(未分類)');
    expect(warnings[0]).toContain('番号が 1 に戻りました');
  });
});
