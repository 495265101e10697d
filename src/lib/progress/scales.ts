/** A grade on a scale, best first: its symbol as written, its rank (1 best) and its meaning in words. */
export interface Grade {
  symbol: string;
  rank: 1 | 2 | 3 | 4;
  words: string;
}

export interface Scale {
  id: 'abcd' | 'sabc' | 'maru';
  name: string;
  grades: readonly Grade[];
}

/** The evaluation scales Japanese 進行管理 uses; A/B/C/D is the default. */
export const SCALES: readonly Scale[] = [
  {
    id: 'abcd',
    name: 'A・B・C・D',
    grades: [
      { symbol: 'A', rank: 1, words: '計画どおり' },
      { symbol: 'B', rank: 2, words: '概ね順調' },
      { symbol: 'C', rank: 3, words: '遅れ' },
      { symbol: 'D', rank: 4, words: '未着手' },
    ],
  },
  {
    id: 'sabc',
    name: 'S・A・B・C',
    grades: [
      { symbol: 'S', rank: 1, words: '計画以上' },
      { symbol: 'A', rank: 2, words: '計画どおり' },
      { symbol: 'B', rank: 3, words: 'やや遅れ' },
      { symbol: 'C', rank: 4, words: '遅れ' },
    ],
  },
  {
    id: 'maru',
    name: '◎・○・△・×',
    grades: [
      { symbol: '◎', rank: 1, words: '計画どおり' },
      { symbol: '○', rank: 2, words: '概ね順調' },
      { symbol: '△', rank: 3, words: '遅れ' },
      { symbol: '×', rank: 4, words: '未着手' },
    ],
  },
];

/** Variants a spreadsheet gives for the same symbol (width, 〇 for ○, ✕ for ×). */
export function foldSymbol(s: string): string {
  return s.normalize('NFKC').trim().toUpperCase().replace(/[〇◯]/g, '○').replace(/[✕✖]/g, '×');
}

/**
 * The scale of a sheet: the one the plan declares, else the one whose symbols the sheet uses
 * (any ◎○△× → ◎○△×; any S → S/A/B/C; otherwise A/B/C/D).
 */
export function scaleFor(symbols: readonly string[], declared?: Scale['id']): Scale {
  if (declared) return SCALES.find((s) => s.id === declared) ?? SCALES[0];
  const seen = new Set(symbols.map(foldSymbol));
  if (['◎', '○', '△', '×'].some((s) => seen.has(s))) return SCALES[2];
  if (seen.has('S')) return SCALES[1];
  return SCALES[0];
}

export const gradeOf = (scale: Scale, symbol: string) => scale.grades.find((g) => g.symbol === foldSymbol(symbol));
