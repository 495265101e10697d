import { PlanTree } from './hierarchy';
import type { Plan, PlanSummary } from './schema';

export function summarize(plan: Plan): PlanSummary {
  const nodeCount = new PlanTree(plan.root).inOrder().length;
  const { id, council, municipality, prefecture, title, period, vision } = plan;
  return { id, council, municipality, prefecture, title, period, vision, nodeCount };
}
