/** What a fixture's plan should read as, beside what the reader got: the figures the tests and the measurement compare. */
import { countByLevel } from '../../../src/lib/plan/countByLevel';
import { walk } from '../../../src/lib/plan/hierarchy';
import type { Plan } from '../../../src/lib/plan/schema';
import type { Fixture, Node } from './fixtures';

export interface Reading {
  levels: string[];
  /** Every title in tree order, indented by depth ("  見守り活動の推進"). */
  titles: string[];
  vision: string;
  /** Page of each node, by title path. */
  pages: string[];
}

const indent = (d: number) => '  '.repeat(d);

export function expected(f: Fixture): Reading {
  const titles: string[] = [];
  const pages: string[] = [];
  const go = (xs: Node[], d: number) =>
    xs.forEach((x) => {
      titles.push(`${indent(d)}${x.t}`);
      pages.push(`${indent(d)}${x.t} p.${x.page}`);
      go(x.kids ?? [], d + 1);
    });
  go(f.expect.tree, 0);
  return { levels: f.expect.levels, titles, vision: f.expect.vision, pages };
}

export function got(plan: Plan | null): Reading {
  if (!plan) return { levels: [], titles: [], vision: '', pages: [] };
  const titles: string[] = [];
  const pages: string[] = [];
  walk(plan.root, (n, depth) => {
    if (depth === 0) return;
    titles.push(`${indent(depth - 1)}${n.title}`);
    pages.push(`${indent(depth - 1)}${n.title} p.${n.page}`);
  });
  return {
    levels: countByLevel(plan.root).map(({ level, count }) => `${level} ${count}`),
    titles,
    vision: plan.vision ?? '',
    pages,
  };
}

/** Which of the four figures match: levels, titles, vision, pages. */
export function score(e: Reading, g: Reading): Record<keyof Reading, boolean> {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    levels: same(e.levels, g.levels),
    titles: same(e.titles, g.titles),
    vision: e.vision === g.vision,
    pages: same(e.pages, g.pages),
  };
}
