import { describe, expect, it } from 'vitest';
import { compilePlan } from '../plan/compile';
import { deepBullets } from '../../cli/bigPlans';
import { PlanAssembler, splitPlan } from './planChunks';

const TEXT = [
  '基本理念',
  'みんなでささえあうまち',
  '',
  '基本目標1 つながる地域',
  '施策1 見守りの輪',
  '施策2 居場所づくり',
  '基本目標2 安心のくらし',
  '施策1 相談の窓口',
].join('\n');

const roundTrip = (text: string, chunkChars: number) => {
  const result = compilePlan(text, {}, 'plan.txt');
  const { head, chunks } = splitPlan(result, chunkChars);
  const a = new PlanAssembler(head);
  for (const c of chunks) a.add(c);
  return { result, back: a.result, chunks };
};

describe('splitPlan / PlanAssembler', () => {
  it('gives back the same result, one node a chunk or all in one', () => {
    for (const size of [1, 1e9]) {
      const { result, back, chunks } = roundTrip(TEXT, size);
      expect(back).toEqual(JSON.parse(JSON.stringify(result)));
      expect(chunks.length).toBe(size === 1 ? 5 : 1);
    }
  });

  it('keeps chunks near the size asked for, and a tree 3,000 levels deep (no recursion)', () => {
    const { result, back, chunks } = roundTrip(deepBullets(3000), 5_000);
    expect(JSON.stringify(back.plan)).toBe(JSON.stringify(result.plan));
    // A chunk is cut once it reaches the size: it passes it by one node at most.
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(10_000);
    expect(chunks.length).toBeGreaterThan(10);
  });

  it('a text that gives no plan is the head alone', () => {
    const result = compilePlan('', {}, 'plan.txt');
    expect(splitPlan(result)).toEqual({ head: JSON.stringify(result), chunks: [] });
  });
});
