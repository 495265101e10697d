import { describe, expect, it } from 'vitest';
import { runTags, structureTags, usefulTags, type StructNode } from './structure';

const c = (id: string): StructNode => ({ type: 'content', id });
const el = (role: string, ...children: StructNode[]): StructNode => ({ role, children });

describe('structureTags', () => {
  it('gives each heading its rank, each list item its nesting, and keeps a label and body as one item', () => {
    const tags = structureTags(
      el(
        'Root',
        el(
          'Document',
          el('H2', el('Span', c('h'))),
          el('P', el('Span', c('p1')), el('Span', c('p2'))),
          el('L', el('LI', el('Lbl', c('l1')), el('LBody', c('b1'), el('L', el('LI', el('LBody', c('b2'))))))),
        ),
      ),
    );
    expect(tags.get('h')).toMatchObject({ kind: 'heading', rank: 2 });
    expect(tags.get('p1')).toEqual(tags.get('p2'));
    expect(tags.get('p1')!.kind).toBe('text');
    expect(tags.get('l1')).toMatchObject({ kind: 'item', depth: 1 });
    expect(tags.get('b1')).toBe(tags.get('l1'));
    expect(tags.get('b2')).toMatchObject({ kind: 'item', depth: 2 });
    expect(tags.get('b2')!.block).not.toBe(tags.get('l1')!.block);
    expect(usefulTags(tags)).toBe(true);
  });

  it('numbers table rows and cells, counting empty cells, and says how long each row is', () => {
    const tags = structureTags(
      el(
        'Table',
        el('TR', el('TH', c('h1')), el('TH', c('h2')), el('TH')),
        el('TR', el('TD', el('P', c('a'))), el('TD', c('b'))),
      ),
    );
    expect(tags.get('h2')).toMatchObject({ kind: 'cell', table: 0, row: 0, cell: 1, rowCells: 3, header: true });
    expect(tags.get('b')).toMatchObject({ kind: 'cell', table: 0, row: 1, cell: 1, rowCells: 2, header: false });
  });

  it('finds nothing to use in a tree of paragraphs only (Calc) or in no tree', () => {
    expect(usefulTags(structureTags(el('Root', el('P', c('a')), el('P', c('b')))))).toBe(false);
    expect(structureTags(null).size).toBe(0);
  });
});

describe('runTags', () => {
  it('gives each text run the element of the innermost marked content with an id, and marks artifacts', () => {
    const tags = structureTags(el('Root', el('H1', c('p1_mc0')), el('P', c('p1_mc1'))));
    const marks = runTags(
      [
        { type: 'beginMarkedContent', tag: 'Artifact' },
        { str: '- 1 -' },
        { type: 'endMarkedContent' },
        { type: 'beginMarkedContentProps', id: 'p1_mc0', tag: 'H1' },
        { str: '基本目標1' },
        { type: 'beginMarkedContentProps', id: null, tag: 'Span' },
        { str: '心' },
        { type: 'endMarkedContent' },
        { type: 'endMarkedContent' },
        { type: 'beginMarkedContentProps', id: 'p1_mc1', tag: 'P' },
        { str: '本文' },
        { type: 'endMarkedContent' },
        { str: 'outside' },
      ],
      tags,
    );
    expect(marks.map((m) => [m.tag?.kind, m.artifact])).toEqual([
      [undefined, true],
      ['heading', false],
      ['heading', false],
      ['text', false],
      [undefined, false],
    ]);
  });
});
