import { describe, expect, it } from 'vitest';
import { unplacedWarnings } from './unplacedWarnings';

describe('unplacedWarnings', () => {
  const numbered = new Map([
    [3, '(1) 朝の体操'],
    [4, 'ア ラジオ体操'],
    [7, '1 みんなの広場'],
  ]);

  it('warns once, in plain words, for each numbered line left out of the tree', () => {
    const w = unplacedWarnings(numbered, new Set([3]), '', new Set());
    expect(w.map((x) => x.line)).toEqual([4, 7]);
    expect(w[0].message).toBe(
      '「ア ラジオ体操」には番号がありますが、体系の項目として読めなかったため、注記・本文として残しました。項目なら、取込画面で直してください。',
    );
  });

  it('says nothing for a line already warned about or holding the vision', () => {
    expect(unplacedWarnings(numbered, new Set([3]), 'みんなの広場', new Set([4]))).toEqual([]);
  });
});
