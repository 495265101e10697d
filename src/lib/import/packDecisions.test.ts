import { describe, expect, it } from 'vitest';
import { compilePlan } from '../plan/compile';
import { LOW_CONFIDENCE } from '../plan/rules';
import { decisionAt, packDecisions } from './packDecisions';

const TEXT = [
  '〇〇市地域福祉活動計画',
  '基本理念 みんなで支え合うまち',
  '基本目標1 つながりをつくる',
  '施策1 見守りの輪',
  '取組 声かけ運動',
  'なんとなく書かれた一文',
  '基本目標2 担い手を育てる',
].join('\n');

describe('packDecisions', () => {
  it('keeps every line decision, readable back line by line', () => {
    const full = compilePlan(TEXT, {}, 'a.txt');
    const { decisions } = packDecisions(full);
    for (const e of full.explain ?? []) {
      expect(decisionAt(decisions, e.line)).toEqual({
        line: e.line,
        role: e.role,
        rule: e.rule,
        confidence: e.confidence,
        text: '',
      });
    }
    expect(full.explain?.length).toBeGreaterThan(3);
    expect(decisionAt(decisions, 9999)).toBeUndefined();
    expect(decisionAt(undefined, 1)).toBeUndefined();
  });

  it('sends whole only the unsure decisions, the rest of the result unchanged', () => {
    const text = `${TEXT}\n${TEXT.replace(/〇〇/g, '△△')}`;
    const full = compilePlan(text, {}, 'b.txt');
    const { result } = packDecisions(full);
    expect(result.explain).toEqual((full.explain ?? []).filter((e) => e.confidence < LOW_CONFIDENCE));
    expect({ ...result, explain: undefined }).toEqual({ ...full, explain: undefined });
  });
});
