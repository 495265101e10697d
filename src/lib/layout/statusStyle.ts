/**
 * How an evaluation looks, by its rank on the scale (1 best … 4 worst): a fill and a pattern,
 * never the colour alone (1 plain, 2 dots, 3 diagonal lines, 4 cross-hatch), always with the
 * symbol or its words nearby. Fills keep dark text above WCAG AA.
 */
export const STATUS_FILL: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: '#9ed9b3',
  2: '#b9dcf5',
  3: '#ffd48a',
  4: '#f5b3b3',
};

/** An SVG fill for a rank: plain for the best, else the pattern StatusPatterns defines with this `uid`. */
export const statusFill = (rank: number, uid: string) => (rank === 1 ? STATUS_FILL[1] : `url(#status-${rank}-${uid})`);
