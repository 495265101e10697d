import type { PlanSummary } from '../plan/schema';
import { fold } from '../text/fold';
import { NO_READINGS, queryReading, readingText, type Readings } from '../text/readings';

export { PREFECTURES, prefecturesOf } from './prefectures';

export interface PlanFilter {
  /** Words, all of which must appear (in any of council, municipality, prefecture, title, 基本理念). */
  q: string;
  /** A prefecture's name, or '' for all. */
  pref: string;
}

/**
 * What a word is looked for in, made once per plan and reading table: the folded text (width,
 * kana, spelling variants as in search) and its reading (たすけあい finds 助け合い).
 */
const haystacks = new WeakMap<Readings, WeakMap<PlanSummary, { text: string; reading: string }>>();
function haystackOf(p: PlanSummary, readings: Readings) {
  let byPlan = haystacks.get(readings);
  if (!byPlan) haystacks.set(readings, (byPlan = new WeakMap()));
  let h = byPlan.get(p);
  if (!h) {
    const text = fold([p.council, p.municipality, p.prefecture, p.title, p.vision].join('\n')).text;
    byPlan.set(p, (h = { text, reading: readingText(text, readings) }));
  }
  return h;
}

/** The plans a filter keeps, in their listed order: every word as written, or by its reading. */
export function filterPlans(
  plans: readonly PlanSummary[],
  { q, pref }: PlanFilter,
  readings: Readings = NO_READINGS,
): PlanSummary[] {
  // A word's reading as search reads it (queryReading): none under three kana, where readings are
  // shared by too many words (た of 他 is in most plans), and the stem of a word with okurigana.
  const words = q
    .split(/[\s\u3000]+/)
    .map((w) => fold(w))
    .filter((f) => f.text)
    .map((f) => ({ text: f.text, reading: queryReading(f, readings) }));
  return plans.filter((p) => {
    if (pref && p.prefecture !== pref) return false;
    const h = haystackOf(p, readings);
    return words.every((w) => h.text.includes(w.text) || (w.reading !== '' && h.reading.includes(w.reading)));
  });
}
