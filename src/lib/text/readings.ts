import type { Folded } from './fold';
import { replaceSpans } from './replaceSpans';

/**
 * Readings of the plans' own vocabulary, made at compile time by a morphological analyser
 * (src/cli/readingTable.ts) and shipped as static/search/readings.json: folded surface → folded
 * hiragana reading, only for surfaces with kanji (kana already is its reading). The browser has
 * no analyser: text it never saw at compile time (a plan imported here) gets readings only for
 * the words this table knows.
 */
export type ReadingTable = Readonly<Record<string, string>>;

/** A table ready for longest-match lookups: keys grouped by first character, longest first. */
export interface Readings {
  byFirst: Map<string, readonly (readonly [string, string])[]>;
}

export const NO_READINGS: Readings = { byFirst: new Map() };

const HAN = /\p{Script=Han}/u;
export const hasKanji = (s: string) => HAN.test(s);

export function prepareReadings(table: ReadingTable): Readings {
  const byFirst = new Map<string, [string, string][]>();
  for (const [key, reading] of Object.entries(table)) {
    if (!key || typeof reading !== 'string') continue;
    const list = byFirst.get(key[0]) ?? byFirst.set(key[0], []).get(key[0])!;
    list.push([key, reading]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirst };
}

/**
 * The reading of folded text: at each position the longest table key that starts there is
 * replaced by its reading; kana and unknown characters pass through. The same conversion runs
 * on the plans (index) and on the query, so the two agree even where the table's reading is
 * not the one a dictionary would give. The map still points into the original text.
 */
export function toReading(f: Folded, readings: Readings): Folded {
  if (!readings.byFirst.size) return f;
  const out = replaceSpans(f, (text, i) => keyAt(readings, text, i));
  return out.text === f.text ? f : out;
}

/** toReading for text whose map is not needed (bodies): the same lookups, no map built. */
export function readingText(text: string, readings: Readings): string {
  if (!readings.byFirst.size) return text;
  let out = '';
  for (let i = 0; i < text.length;) {
    const hit = keyAt(readings, text, i);
    out += hit ? hit[1] : text[i];
    i += hit ? hit[0] : 1;
  }
  return out;
}

function keyAt(readings: Readings, text: string, i: number): readonly [number, string] | null {
  const hit = readings.byFirst.get(text[i])?.find(([key]) => text.startsWith(key, i));
  return hit ? [hit[0].length, hit[1]] : null;
}

/**
 * Reading matches only for query readings of at least this many kana: two-kana readings
 * (あい・かい・しや) are shared by so many words that they found mostly strangers (2,535 of the
 * seeds' reading-only title hits came from them, nearly all strangers: 他(た) → 体, 会(かい) → 解).
 */
export const MIN_READING = 3;

/** Kana after the last kanji: okurigana, whose last kana inflects (支えあい, 支え合う, 支え合って). */
const OKURIGANA_END = /\p{Script=Han}[\u3041-\u3096]+$/u;

/**
 * The query word's reading for the reading tier, or '' when it is too short (MIN_READING). A
 * word written with kanji and ending in okurigana matches by its stem, the reading without the
 * last kana, so the noun form a person types finds the verb a plan wrote (支えあい → 支え合って).
 */
export function queryReading(folded: Folded, readings: Readings): string {
  const reading = toReading(folded, readings).text;
  const stem = OKURIGANA_END.test(folded.text) ? reading.slice(0, -1) : reading;
  return stem.length >= MIN_READING ? stem : '';
}
