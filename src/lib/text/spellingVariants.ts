import type { Folded } from './fold';

/**
 * Words plans spell several ways, in kanji, kana or with other okurigana, which width and
 * kana folding cannot join: each group's spellings (as fold() leaves them) become one form.
 * A short table for the words community welfare plans use most; readings from a
 * morphological analyser would cover the rest (see README, 検索).
 */
export const SPELLING_GROUPS: readonly (readonly string[])[] = [
  // Stems, so every form joins: 支え合い・支えあい・支え合う・支え合って → ささえあ…
  ['たすけあ', '助け合', '助けあ', '助合', '扶け合'],
  ['ささえあ', '支え合', '支えあ', '支合'],
  ['しようがい', '障害', '障がい', '障碍'], // written as fold() leaves it: small ょ → よ
  ['こども', '子ども', '子供'],
  ['とりくみ', '取り組み', '取組み', '取組'],
  ['はなしあい', '話し合い', '話合い', '話しあい'],
  ['つながり', '繋がり'],
  ['ひとりひとり', '一人ひとり', '一人一人', 'ひとり一人'],
  ['ふれあい', '触れ合い', 'ふれ合い'],
  ['まちづくり', '街づくり', '町づくり', 'まち作り', '街作り'],
  ['みまもり', '見守り', '見まもり'],
  ['かかわり', '関わり', '係わり', '関り'],
];

/** Spelling → the group's first spelling, longest spellings first so 取り組み wins over 取組. */
const TO_CANONICAL: ReadonlyArray<[string, string]> = SPELLING_GROUPS.flatMap((g) => g.slice(1).map((s): [string, string] => [s, g[0]])).sort((a, b) => b[0].length - a[0].length);
const FIRST_CHARS = new Set(TO_CANONICAL.map(([s]) => s[0]));

/**
 * Rewrites every listed spelling in folded text to its group's form, keeping the map to the
 * original: each character of the replacement points into the span it replaced.
 */
export function joinSpellings(f: Folded): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < f.text.length; ) {
    const hit = FIRST_CHARS.has(f.text[i]) ? TO_CANONICAL.find(([s]) => f.text.startsWith(s, i)) : undefined;
    if (!hit) {
      text += f.text[i];
      map.push(f.map[i]);
      i++;
      continue;
    }
    const [from, to] = hit;
    for (let k = 0; k < to.length; k++) {
      text += to[k];
      map.push(f.map[i + Math.min(from.length - 1, Math.floor((k * from.length) / to.length))]);
    }
    i += from.length;
  }
  return { text, map };
}
