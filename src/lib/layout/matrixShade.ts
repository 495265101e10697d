/**
 * The theme matrix's cell colours: sequential blues in two bands, light (ink numbers) and dark
 * (white numbers), skipping the middle where neither would reach AA contrast. Which band a
 * count falls in says the number's colour, so the page needs no contrast arithmetic
 * (matrixShade.test.ts checks both bands against WCAG AA).
 */
const LIGHT: [number[], number[]] = [
  [235, 243, 251],
  [150, 190, 228],
];
const DARK: [number[], number[]] = [
  [37, 99, 170],
  [8, 48, 107],
];

const mixHex = ([a, b]: [number[], number[]], t: number) =>
  `#${a
    .map((x, i) =>
      Math.round(x + (b[i] - x) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** A count's cell: its background, and whether its number is white (the dark band). */
export function matrixShade(n: number, max: number): { background: string; dark: boolean } {
  const t = n / Math.max(1, max);
  return t <= 0.5
    ? { background: mixHex(LIGHT, t * 2), dark: false }
    : { background: mixHex(DARK, (t - 0.5) * 2), dark: true };
}
