import { describe, expect, it } from 'vitest';
import { contrast, INK } from './branchColor';
import { matrixShade } from './matrixShade';

describe('matrixShade', () => {
  it('gives every count a number colour that reaches AA (4.5:1) on its cell', () => {
    for (const max of [1, 2, 3, 7, 40]) {
      for (let n = 1; n <= max; n++) {
        const { background, dark } = matrixShade(n, max);
        expect(contrast(dark ? '#ffffff' : INK, background), `${n} of ${max} on ${background}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });
  it('darkens as the count grows, and the largest count is the darkest blue', () => {
    const lum = (hex: string) => contrast(hex, '#000000');
    const cells = Array.from({ length: 10 }, (_, i) => matrixShade(i + 1, 10).background);
    for (let i = 1; i < cells.length; i++) expect(lum(cells[i])).toBeLessThan(lum(cells[i - 1]));
    expect(matrixShade(10, 10)).toEqual({ background: '#08306b', dark: true });
  });
});
