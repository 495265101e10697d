// The made-up plan whose evaluation sheets make.ts writes and the sheet tests read.
import type { Plan, PlanNode } from '../../src/lib/plan/schema';

export const item = (id: string, title: string, children: PlanNode[] = []): PlanNode => ({
  id,
  level: 'x',
  code: id,
  title,
  description: '',
  tags: [],
  children,
  line: 1,
});
/** A plan whose ids Excel reads as dates: 1-1 … 1-13 (1月1日 …), 12-1 … (12月1日), 2-1-1 … (2001/1/1 …). */
export function datelikePlan(): Plan {
  const goals = [
    item(
      '1',
      '見守り',
      Array.from({ length: 13 }, (_, i) => item(`1-${i + 1}`, `見守り活動 ${i + 1}`)),
    ),
  ];
  goals.push(
    item(
      '2',
      '居場所',
      [1, 2, 3].map((s) =>
        item(
          `2-${s}`,
          `居場所 ${s}`,
          [1, 2, 3, 4].map((t) => item(`2-${s}-${t}`, `居場所づくり ${s}-${t}`)),
        ),
      ),
    ),
  );
  for (let g = 3; g <= 12; g++)
    goals.push(
      item(
        String(g),
        `目標 ${g}`,
        [1, 2, 3].map((t) => item(`${g}-${t}`, `取組 ${g} の ${t}`)),
      ),
    );
  return { id: 'datelike', title: '日付に見える id の計画', root: item('root', '理念', goals) } as unknown as Plan;
}
