import { describe, expect, it } from 'vitest';
import { phrasePieces, phrases } from './phrases';
import { wrapText } from './wrapText';
import { arcLabel } from './arcLabel';

/** Each line ends where a phrase (or a piece of a long phrase) ends: no word is cut in two. Spaces do not count (a line drops them at its ends). */
const chars = (t: string) => [...t.replace(/\s/gu, '')].length;
const noFragments = (lines: string[]) => {
  const ends = new Set<number>();
  let at = 0;
  for (const p of phrases(full)) for (const piece of phrasePieces(p)) ends.add((at += chars(piece)));
  let pos = 0;
  return lines.slice(0, -1).every((l) => ends.has((pos += chars(l))));
};
let full = '';

describe('phrases', () => {
  it('ends a phrase at a space instead of cutting the word after it', () => {
    expect(phrases('みんなでたすけあい 笑顔でつながるまちづくり').join('|')).not.toMatch(/笑\|顔/);
    expect(phrases('みんなでたすけあい 笑顔でつながるまちづくり').join('')).toBe(
      'みんなでたすけあい 笑顔でつながるまちづくり',
    );
  });

  it('finds pieces of a long phrase where the script changes, never shorter than three characters', () => {
    expect(phrasePieces('ふれあい・いきいきサロンの')).toEqual(['ふれあい・', 'いきいき', 'サロンの']);
    expect(phrasePieces('暮らすために')).toEqual(['暮らすために']);
    expect(phrasePieces('たすけあいを進めよう')).toEqual(['たすけあいを', '進めよう']);
    expect(phrasePieces('地域福祉推進体制の')).toEqual(['地域福祉推進体制の']);
  });
});

describe('labels break between phrases only', () => {
  const titles = [
    'みんなでたすけあい 笑顔でつながるまちづくり',
    '地域で安心して暮らすために',
    '住んでいる地域を大切に',
    'ふれあい・いきいきサロンの促進',
    '誰もが安心して暮らせるまちづくり',
  ];
  it('in a narrow column: whole phrases on each line, or a shortened label, never a 1–2 character tail', () => {
    for (const t of titles)
      for (const width of [48, 64, 80, 100, 140]) {
        full = t;
        const w = wrapText(t, width, 16, Infinity, { breakPhrases: false });
        expect(noFragments(w.lines), `${t} @${width}: ${w.lines.join('/')}`).toBe(true);
        const squeeze = (x: string) => x.replace(/\s/gu, '');
        if (w.complete) expect(squeeze(w.lines.join(''))).toBe(squeeze(t));
        else expect(squeeze(t).startsWith(squeeze(w.lines.join('').replace(/…$/, '')))).toBe(true);
      }
  });

  it('in a sunburst sector', () => {
    for (const t of titles)
      for (const [a1, r0, r1] of [
        [Math.PI / 2, 100, 200],
        [Math.PI / 4, 140, 260],
        [Math.PI / 6, 200, 300],
      ]) {
        full = t;
        const l = arcLabel(t, 0, a1, r0, r1, [18, 16, 14]);
        if (l) expect(noFragments(l.lines), `${t}: ${l.lines.join('/')}`).toBe(true);
      }
  });
});

describe('a phrase longer than a line (tree labels) breaks between its words', () => {
  it('keeps every word whole: 成年後見 and 体制 are never cut in two', () => {
    for (const [t, words] of [
      ['きさらづ成年後見支援センターの運営', ['成年', '後見', '支援', 'センター', '運営']],
      ['地域福祉推進体制の強化', ['地域', '福祉', '推進', '体制', '強化']],
    ] as const)
      for (const width of [90, 120, 160, 200]) {
        const w = wrapText(t, width, 16);
        expect(w.lines.join(''), `${t} @${width}`).toBe(t);
        for (const word of words)
          expect(
            w.lines.some((l) => l.includes(word)),
            `${t} @${width}: ${w.lines.join('/')}`,
          ).toBe(true);
      }
  });
});

describe('phrases never end inside a word', () => {
  it('joins BudouX phrases whose boundary falls inside a word (成年後｜見)', () => {
    expect(phrases('きさらづ成年後見支援センターの運営').join('|')).not.toMatch(/後\|見/);
    expect(phrases('きさらづ成年後見支援センターの運営').join('')).toBe('きさらづ成年後見支援センターの運営');
  });
});
