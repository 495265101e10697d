import { describe, expect, it } from 'vitest';
import { halfWidthAscii } from './width';

describe('halfWidthAscii', () => {
  it('folds full-width digits, letters, brackets and the ideographic space, keeping the length', () => {
    const s = '（１）－２\u3000ＡＢ';
    expect(halfWidthAscii(s)).toBe('(1)-2 AB');
    expect(halfWidthAscii(s)).toHaveLength(s.length);
  });
});
