import { describe, expect, it } from 'vitest';
import { lineFeatures } from './lineModel';
import { numberedLines } from './numberedLines';

const read = (...t: string[]) => [...numberedLines(t.map((text, i) => lineFeatures({ line: i + 1, text }))).keys()];

describe('numberedLines', () => {
  it('leaves out a run counting page sections, even with a list of items between its numbers (choose.more-numbered)', () => {
    expect(read('1 計画の趣旨', '2 計画の期間', '3 体系', '1 あつまる', '2 まなぶ', '4 計画の評価')).toEqual([4, 5]);
  });

  it("keeps every level of a plan's own numbering, and leaves out chapters and furniture", () => {
    expect(read('第1章 体系', '1. あつまる', '（1）茶話会', 'ア 準備', '2. まなぶ', '- 3 -')).toEqual([2, 3, 4, 5]);
  });
});
