import { proposeMeta } from '../lib/import/proposeMeta';
import { parsePeriod } from '../lib/plan/frontMatter';
import type { Plan } from '../lib/plan/schema';

/**
 * What neither a meta file nor front matter gave, taken from the text's cover as the import page
 * proposes it (title, council, period), and said, so that a plan from a bare PDF or Word file is
 * not published without a name.
 */
export function fillFromCover(plan: Plan, text: string): string[] {
  const proposed = proposeMeta(text);
  const taken: string[] = [];
  if (!plan.title && proposed.title) taken.push(`題名「${(plan.title = proposed.title)}」`);
  if (!plan.council && proposed.council) {
    taken.push(`社協「${(plan.council = proposed.council)}」`);
    plan.municipality ||= proposed.municipality ?? '';
  }
  if (!plan.period && proposed.period) {
    plan.period = parsePeriod(proposed.period);
    if (plan.period) taken.push(`期間「${plan.period.label}」`);
  }
  return taken.length
    ? [`本文の表紙から ${taken.join('・')} を入れました(違うときは --meta で指定してください)。`]
    : [];
}
