import { describe, expect, it } from 'vitest';
import { unsureLines } from './unsureLines';

describe('unsureLines', () => {
  it('lists decisions below the confidence threshold with the rule’s reason in words', () => {
    const out = unsureLines([
      { line: 3, role: 'item', rule: 'bullet.child', confidence: 0.3, nodeId: '1-1', text: '・見守り' },
      { line: 4, role: 'item', rule: 'heading.level-word', confidence: 0.9, nodeId: '2', text: '基本目標2' },
    ]);
    expect(out).toEqual([
      {
        line: 3,
        nodeId: '1-1',
        text: '・見守り',
        message: 'この行を項目と判断しました。理由: 箇条書きは直前の項目の子(確かさ 30%)',
      },
    ]);
  });
});
