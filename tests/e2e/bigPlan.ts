import type { Plan, PlanNode } from '../../src/lib/plan/schema';

/** 1, 2, … n. */
export const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * A plan of 2,005 items (4 goals × 100 measures × 4 actions): its second ring (400 sectors) is
 * dense, so the sunburst paints it on a canvas. `tagsOf` gives an item its tags (再掲 …).
 * Its progress sheet is `big.progress.csv`, beside it.
 */
export function bigPlan(tagsOf: (id: string) => PlanNode['tags'] = () => []): Plan {
  const item = (id: string, children: PlanNode[] = []): PlanNode => ({
    id,
    level: '取組',
    code: '',
    title: `合成項目 ${id}`,
    description: '',
    tags: tagsOf(id),
    children,
    line: 1,
  });
  const goals = range(4).map((g) =>
    item(
      `${g}`,
      range(100).map((m) =>
        item(
          `${g}-${m}`,
          range(4).map((a) => item(`${g}-${m}-${a}`)),
        ),
      ),
    ),
  );
  return {
    id: 'big',
    council: '合成データ',
    municipality: '',
    prefecture: '',
    title: '大きな合成計画',
    period: null,
    vision: '合成計画',
    source: 'test',
    progressSheet: 'big.progress.csv',
    root: { ...item('root', goals), level: '基本理念', title: '合成計画' },
  };
}
