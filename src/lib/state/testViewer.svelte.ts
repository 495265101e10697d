// Small inline plans and a viewer over them, for the state classes' Node tests (as d3's tests
// write their fixtures): the focus and query in plain state, as a route would keep them.
import type { Plan, PlanNode } from '../plan/schema';
import { Viewer, type ViewerNav } from './viewer.svelte';
import type { View } from './parseRoute';

/** An item of a test plan. */
export const node = (id: string, title: string, children: PlanNode[] = [], tags: PlanNode['tags'] = []): PlanNode => ({
  id,
  level: '取組',
  code: '',
  title,
  description: '',
  tags,
  children,
  line: 1,
});

/** 1, 2, … k: for plans of many items. */
export const range = (k: number) => Array.from({ length: k }, (_, i) => i + 1);

/** A plan around `root`, its vision the root's title. */
export const planOf = (root: PlanNode): Plan => ({
  id: 't',
  council: '',
  municipality: '',
  prefecture: '',
  title: '',
  period: null,
  vision: root.title,
  source: 'test',
  root,
});

/** Two goals, three actions: 重点 and 新規 marks, one of them found by a search for 「サロン」. */
export const smallPlan = planOf(
  node('root', 'みんなでささえあうまち', [
    node('1', '見守りを広げる', [node('1-1', '声かけ運動', [], ['重点']), node('1-2', 'サロンの運営', [], ['新規'])]),
    node('2', 'つながりをつくる', [node('2-1', '地域の担い手づくり')]),
  ]),
);

/**
 * A viewer of `plan` showing `view`; any query finds `hit` (a search that needs no index).
 * `at` is the route: set its focus or query to move the viewer.
 */
export function viewerOf(plan: Plan, { view = 'tree' as View, query = '', hit = '1-2' } = {}) {
  const at = $state({ focus: null as string | null, query });
  const nav: ViewerNav = {
    focusId: () => at.focus,
    view: () => view,
    query: () => at.query,
    highlight: () => null,
    go: (p) => p.node !== undefined && (at.focus = p.node),
  };
  const viewer = new Viewer(plan, nav, {
    search: (q) => (q ? [{ doc: { planId: plan.id, nodeId: hit }, ranges: [], score: 1 } as never] : []),
  });
  return { viewer, at };
}
