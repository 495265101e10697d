import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PREFECTURES } from '../lib/search/filterPlans';
import type { PlanIndex, PlanSummary } from '../lib/plan/schema';

/**
 * A national gallery for the bench and the browser tests (tests/e2e/nationalIndex.ts re-exports
 * it): the five seed plans among 1,736 made-up councils over the 47 prefectures (n1 … n1736),
 * served in place of plans/index.json. The made-up ones have no plan JSON: tests list, filter and
 * pick them, and open only the seeds.
 */
export function nationalIndex(): PlanIndex {
  const seeds = (JSON.parse(readFileSync('dist/plans/index.json', 'utf8')) as PlanIndex).plans;
  const made: PlanSummary[] = Array.from({ length: 1741 - seeds.length }, (_, i) => ({
    id: `n${i + 1}`,
    council: `第${i + 1}市社会福祉協議会`,
    municipality: `第${i + 1}市`,
    prefecture: PREFECTURES[i % 47],
    title: `第${(i % 5) + 1}次地域福祉活動計画`,
    period: null,
    vision: 'だれもが安心して暮らせるまち',
    nodeCount: 120,
  }));
  return { plans: [...made.slice(0, 600), ...seeds, ...made.slice(600)] };
}

/**
 * Serves nationalIndex() to this page. A page that loads the site again (goto, reload) should be
 * opened with `serviceWorkers: 'block'`: page.route does not see what the site's worker fetches.
 */
export const serveNationalIndex = (page: Page) => {
  const body = JSON.stringify(nationalIndex());
  return page.route('**/plans/index.json', (r) => r.fulfill({ contentType: 'application/json', body }));
};
