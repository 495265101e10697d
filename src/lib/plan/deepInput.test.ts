import { describe, expect, it } from 'vitest';
import { compilePlan } from './compile';
import { MAX_DEPTH } from './finish';
import { walk } from './hierarchy';
import { validatePlan, type PlanNode } from './schema';
import { nodesByTheme } from './themeList';
import { deepBullets } from '../../cli/bigPlans';

/** Nodes and deepest level of a compiled tree. */
function shape(root: PlanNode) {
  let [nodes, depth] = [0, 0];
  walk(root, (_, d) => ((nodes += 1), (depth = Math.max(depth, d))));
  return { nodes, depth };
}

describe('input nested deeper than the call stack', () => {
  it('compiles 1,000 nested bullets into 1,000 levels', () => {
    const r = compilePlan(deepBullets(1000));
    expect(r.errors).toEqual([]);
    expect(shape(r.plan!.root)).toEqual({ nodes: 1002, depth: 1001 });
  });

  it('compiles 5,000 nested bullets, keeping every item and listing the deepest under level 1,000 with a warning', () => {
    const r = compilePlan(deepBullets(5000));
    expect(r.errors).toEqual([]);
    expect(shape(r.plan!.root)).toEqual({ nodes: 5002, depth: MAX_DEPTH + 1 });
    expect(r.warnings.map((w) => w.message)).toContain(
      `階層が ${MAX_DEPTH} 段より深いため、それより深い項目は ${MAX_DEPTH} 段目の項目の下に並べました。`,
    );
    expect(() => JSON.stringify(r.plan)).not.toThrow();
  });

  it('validates and indexes a 20,000-level plan without recursion', () => {
    const root: PlanNode = {
      id: 'root',
      level: '基本理念',
      code: '',
      title: 'x',
      description: '',
      tags: [],
      children: [],
      line: 0,
    };
    let at = root;
    for (let i = 0; i < 20000; i++) {
      const c: PlanNode = {
        id: `n${i}`,
        level: '取組',
        code: '',
        title: '見守り',
        description: '',
        tags: [],
        children: [],
        line: i + 1,
        themes: ['watch'],
      };
      at.children.push(c);
      at = c;
    }
    const plan = {
      id: 'deep',
      council: '',
      municipality: '',
      prefecture: '',
      title: '',
      period: null,
      vision: '',
      source: 'x',
      root,
    };
    expect(validatePlan(plan).ok).toBe(true);
    at.title = '';
    expect((validatePlan(plan) as { errors: string[] }).errors[0]).toMatch(
      /^plan\.root(\.children\[0\]){20000}\.title: 空です$/,
    );
    expect(nodesByTheme(root).get('watch')?.size).toBe(20000);
  });

  it('puts compound codes whose parent is missing side by side, not each under the one before', () => {
    const text = [
      '基本理念',
      '',
      'みんなのまち',
      '',
      ...[1, 2, 3].flatMap((s) => [`重点目標 1-(${s}) つながりを深めよう${s}`, '説明の文です。']),
    ].join('\n');
    const r = compilePlan(text);
    expect(r.plan!.root.children.map((c) => c.title)).toEqual([
      'つながりを深めよう1',
      'つながりを深めよう2',
      'つながりを深めよう3',
    ]);
  });
});
