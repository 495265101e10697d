import { describe, expect, it } from 'vitest';
import { ListCounters, type Numbering } from './docxStyles';
import { formatCounter, listLabel, type ListLevel } from './listLabel';

describe('formatCounter', () => {
  it('draws the counters Japanese plans use', () => {
    expect(
      [
        'decimal',
        'decimalFullWidth',
        'decimalEnclosedCircle',
        'decimalEnclosedParen',
        'aiueoFullWidth',
        'iroha',
        'japaneseCounting',
        'upperRoman',
        'lowerLetter',
        'ideographTraditional',
      ].map((f) => formatCounter(3, f)),
    ).toEqual(['3', '３', '③', '⑶', 'ウ', 'ハ', '三', 'III', 'c', '丙']);
    expect(formatCounter(12, 'japaneseCounting')).toBe('十二');
    expect(formatCounter(51, 'decimalEnclosedCircle')).toBe('(51)');
  });
});

describe('listLabel', () => {
  const levels: ListLevel[] = [
    { format: 'decimal', text: '基本目標%1', start: 1 },
    { format: 'decimal', text: '%1-%2', start: 1 },
    { format: 'decimalEnclosedCircle', text: '%3', start: 1 },
    { format: 'bullet', text: '\uF0B7', start: 1 },
    { format: 'bullet', text: '◆', start: 1 },
  ];
  it('puts each level’s counter into the level text', () => {
    expect(listLabel(levels, [2], 0)).toBe('基本目標2');
    expect(listLabel(levels, [2, 3], 1)).toBe('2-3');
    expect(listLabel(levels, [2, 3, 1], 2)).toBe('①');
  });
  it('a symbol font’s bullet becomes ・, a real character stays', () => {
    expect(listLabel(levels, [1, 1, 1, 1], 3)).toBe('・');
    expect(listLabel(levels, [1, 1, 1, 1, 1], 4)).toBe('◆');
  });
});

describe('ListCounters', () => {
  const numbering: Numbering = {
    nums: new Map([
      [
        '1',
        {
          abstract: 'a',
          levels: [
            { format: 'decimal', text: '(%1)', start: 1 },
            { format: 'decimalEnclosedCircle', text: '%2', start: 1 },
          ],
          restarts: new Map(),
        },
      ],
      [
        '2',
        {
          abstract: 'a',
          levels: [
            { format: 'decimal', text: '(%1)', start: 1 },
            { format: 'decimalEnclosedCircle', text: '%2', start: 1 },
          ],
          restarts: new Map([[0, 1]]),
        },
      ],
    ]),
  };
  it('counts per list, a level restarting the levels below it, and a list that says so starting again', () => {
    const c = new ListCounters(numbering);
    const seq = [
      ['1', 0],
      ['1', 1],
      ['1', 1],
      ['1', 0],
      ['1', 1],
      ['2', 0],
      ['2', 0],
    ] as const;
    expect(seq.map(([id, level]) => c.next(id, level, listLabel))).toEqual(['(1)', '①', '②', '(2)', '①', '(1)', '(2)']);
    expect(c.next('9', 0, listLabel)).toBe('');
  });
});
