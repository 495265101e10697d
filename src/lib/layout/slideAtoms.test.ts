import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../plan/schema';
import { paragraphSpans, sentences, slideAtoms, slideRuns } from './slideAtoms';

const n = (id: string, extra: Partial<PlanNode> = {}): PlanNode => ({
  id,
  level: '施策',
  code: '',
  title: `項目${id}`,
  description: '',
  tags: [],
  children: [],
  line: 1,
  ...extra,
});

describe('slideAtoms', () => {
  it('cuts a description into sentences, keeping the mark and a closing bracket with each', () => {
    expect(sentences('声をかけよう。「見守り」を広げよう！」ですね')).toEqual([
      '声をかけよう。',
      '「見守り」を広げよう！」',
      'ですね',
    ]);
  });

  it('lists sentences by paragraph, then items, then the residents under their heading', () => {
    const atoms = slideAtoms(
      n('1', { description: 'あ。い。\nう。', children: [n('1-1'), n('1-2')], residents: ['参加しよう。'] }),
    );
    expect(
      atoms.map((a) =>
        a.kind === 'sentence'
          ? `${a.group}:${a.text}`
          : a.kind === 'item'
            ? a.node.id
            : a.kind === 'resident'
              ? a.text
              : '見出し',
      ),
    ).toEqual(['0:あ。', '0:い。', '1:う。', '1-1', '1-2', '見出し', '参加しよう。']);
  });
});

describe('slideRuns', () => {
  it('sets a paragraph cut across pages back together on each page, items in one list', () => {
    const atoms = slideAtoms(n('1', { description: 'あ。い。う。', children: [n('1-1'), n('1-2')] }));
    expect(slideRuns(atoms.slice(1))).toEqual([
      { kind: 'paragraph', text: 'い。う。' },
      { kind: 'items', nodes: [atoms[3].kind === 'item' && atoms[3].node, atoms[4].kind === 'item' && atoms[4].node] },
    ]);
    expect([...paragraphSpans(atoms)]).toEqual([[0, { from: 0, to: 3 }]]);
  });
});
