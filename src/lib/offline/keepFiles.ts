import type { Plan } from '../plan/schema';

/**
 * The data files a plan's page, its presentation and its printed sheets read, beside the app:
 * the plan, its published progress sheet, the list of plans (for the gallery and くらべる) and
 * the reading table (search within the plan). The code they need is in the app shell already.
 */
export function keepFiles(plan: Pick<Plan, 'id' | 'progressSheet'>): string[] {
  return [
    `plans/${plan.id}.json`,
    ...(plan.progressSheet ? [`plans/${plan.progressSheet}`] : []),
    'plans/index.json',
    'search/readings.json',
  ];
}
