import { foldTitle } from './foldTitle';

/** Two titles this alike (shared two-character runs) are the same item with a word changed. */
const SAME_ITEM_DICE = 0.5;

/** A row of a sheet whose id is this plan's, with the 項目 the sheet wrote beside it. */
export interface TitledRow {
  line: number;
  id: string;
  title: string;
}

/** A row whose 項目 is not what this plan calls that id. */
export interface Differing extends TitledRow {
  ours: string;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

/** Sørensen–Dice over character bigrams: 1 for the same text, 0 for nothing shared. */
export function dice(a: string, b: string): number {
  const [x, y] = [bigrams(a), bigrams(b)];
  const total = a.length + b.length - 2;
  if (total <= 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  return (2 * shared) / total;
}

/** Whether a sheet's 項目 names the item (its title, with or without its code, reworded a little). */
function namesItem(written: string, ours: readonly string[]): boolean {
  const w = foldTitle(written);
  return ours.some((o) => w === o || w.includes(o) || o.includes(w) || dice(w, o) >= SAME_ITEM_DICE);
}

/**
 * Rows whose 項目 does not name the item their id points to. A sheet of another plan matches by id
 * (every plan has a 1-1) but not by title; the template writes each row's title to tell them apart.
 */
export function differingTitles(rows: readonly TitledRow[], titlesById: ReadonlyMap<string, string[]>): Differing[] {
  const out: Differing[] = [];
  for (const row of rows) {
    const ours = titlesById.get(row.id);
    if (!row.title.trim() || !ours?.length || namesItem(row.title, ours)) continue;
    // The shortest form is the title without its code.
    out.push({ ...row, ours: [...ours].sort((a, b) => a.length - b.length)[0] });
  }
  return out;
}

/** The folded titles of each id, from the title → ids map the reader matches rows by. */
export function titlesById(titles: ReadonlyMap<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [title, ids] of titles) for (const id of ids) (out.get(id) ?? out.set(id, []).get(id)!).push(title);
  return out;
}
