// Small inline plans for the search tests (as d3's tests write their fixtures): items with the
// words a search meets, and a plan around them.
import type { Plan, PlanNode } from '../plan/schema';

/** A 取組 with a title, and optionally items below it, a description and a number. */
export const item = (id: string, title: string, children: PlanNode[] = [], description = '', code = ''): PlanNode => ({
  id,
  level: '取組',
  code,
  title,
  description,
  tags: [],
  children,
  line: 1,
});

/** A plan of `items` under a root, its council named `council`. */
export const planOf = (id: string, items: PlanNode[], council = id): Plan => ({
  id,
  council,
  municipality: '',
  prefecture: '',
  title: '',
  period: null,
  vision: '',
  source: '',
  root: { ...item('root', 'v'), children: items },
});
