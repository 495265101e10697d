import type { Folded } from './fold';
import { replaceSpans } from './replaceSpans';

/**
 * Spellings of one word that readings cannot join (readings.ts joins the rest: 助け合い =
 * たすけあい, 支えあい = 支え合い, 見守り = 見まもり, 取組 = 取り組み …). Each group's spellings,
 * as fold() leaves them, become the group's first form. Every row says why readings fail it.
 */
export const SPELLING_GROUPS: readonly (readonly string[])[] = [
  // The analyser reads 障がい as 障(さわ)+がい, so its reading never meets 障害's しょうがい;
  // 障碍 is in the group for queries, as no plan writes it (small ょ written as fold() leaves it).
  ['しようがい', '障害', '障がい', '障碍'],
  // Plans write 子ども or こども; 子供, the spelling people type, is in no plan, so the
  // plans' vocabulary (the shipped reading table) has no reading for it.
  ['こども', '子ども', '子供'],
  // The analyser reads 一人一人 as いちにんいちにん, not ひとりひとり.
  ['ひとりひとり', '一人ひとり', '一人一人', 'ひとり一人'],
];

/** Spelling → the group's first spelling, longest spellings first so the longer one wins. */
const TO_CANONICAL: ReadonlyArray<[string, string]> = SPELLING_GROUPS.flatMap((g) =>
  g.slice(1).map((s): [string, string] => [s, g[0]]),
).sort((a, b) => b[0].length - a[0].length);
const FIRST_CHARS = new Set(TO_CANONICAL.map(([s]) => s[0]));

/** Rewrites every listed spelling in folded text to its group's form, keeping the map to the original. */
export function joinSpellings(f: Folded): Folded {
  return replaceSpans(f, (text, i) => {
    const hit = FIRST_CHARS.has(text[i]) ? TO_CANONICAL.find(([s]) => text.startsWith(s, i)) : undefined;
    return hit ? [hit[0].length, hit[1]] : null;
  });
}

/** The same rewrite on plain text, for the analyser: it then never sees (and misreads) these spellings. */
export function joinSpellingsIn(text: string): string {
  return TO_CANONICAL.reduce((t, [from, to]) => t.replaceAll(from, to), text);
}
