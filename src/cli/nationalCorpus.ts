import { loadDefaultJapaneseParser } from 'budoux';
import type { Plan, PlanNode } from '../lib/plan/schema';
import { walk } from '../lib/plan/hierarchy';

/** A random but repeatable corpus: titles recombined from the seeds' BudouX phrases. */
export function nationalCorpus(seeds: Plan[], plans: number, perPlan: number): Plan[] {
  let seed = 20261123;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
  const parser = loadDefaultJapaneseParser();
  const titles: string[] = [];
  const descs: string[] = [];
  for (const p of seeds) walk(p.root, (n) => (titles.push(n.title), n.description && descs.push(n.description)));
  const phrases = titles.flatMap((t) => parser.parse(t));
  const out: Plan[] = [];
  for (let i = 0; i < plans; i++) {
    let made = 0;
    const node = (id: string, depth: number): PlanNode => {
      made++;
      const title = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(phrases)).join('');
      const kids = depth < 3 ? 3 + Math.floor(rnd() * 3) : 0;
      const children: PlanNode[] = [];
      for (let k = 1; k <= kids && made < perPlan; k++) children.push(node(`${id}-${k}`, depth + 1));
      return {
        id,
        level: '取組',
        code: '',
        title,
        description: rnd() < 0.2 ? pick(descs) : '',
        tags: [],
        children,
        line: 1,
      };
    };
    const root: PlanNode = {
      id: 'root',
      level: '基本理念',
      code: '',
      title: 'v',
      description: '',
      tags: [],
      children: [],
      line: 0,
    };
    for (let k = 1; made < perPlan; k++) root.children.push(node(String(k), 1));
    out.push({
      id: `p${i}`,
      council: `${i}`,
      municipality: '',
      prefecture: '',
      title: '',
      period: null,
      vision: '',
      source: '',
      root,
    });
  }
  return out;
}
