/**
 * The reading table the search ships (src/lib/text/readings.ts), made with a morphological
 * analyser (kuromoji's IPADIC, @patdx/kuromoji: its dictionary ships in the npm package). Node
 * only, at compile time: the analyser and its 17 MB dictionary never reach the browser.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { TokenizerBuilder } from '@patdx/kuromoji';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import type { Plan } from '../lib/plan/schema';
import { walk } from '../lib/plan/hierarchy';
import { fold } from '../lib/text/fold';
import { hasKanji, type ReadingTable } from '../lib/text/readings';
import { joinSpellingsIn } from '../lib/text/spellingVariants';

type Tokenizer = Awaited<ReturnType<TokenizerBuilder['build']>>;
/** Where `npm run compile` writes the table the app loads (src/lib/data/loadReadings.ts). */
export const READINGS_FILE = 'static/search/readings.json';

let tokenizer: Promise<Tokenizer> | null = null;

function analyser(): Promise<Tokenizer> {
  const dict = join(dirname(fileURLToPath(import.meta.resolve('@patdx/kuromoji'))), '..', 'dict');
  tokenizer ??= new TokenizerBuilder({ loader: new NodeDictionaryLoader({ dic_path: dict }) }).build();
  return tokenizer;
}

/** The texts search indexes: titles, subtitles, descriptions and residents' lists. */
export function searchedTexts(plans: readonly Plan[]): string[] {
  const out: string[] = [];
  for (const p of plans)
    walk(p.root, (n) => out.push(n.title, n.subtitle ?? '', n.description, ...(n.residents ?? [])));
  return out.filter(Boolean);
}

/**
 * Folded surface → folded hiragana reading for every word with kanji in the texts. The texts
 * are analysed as written (NFKC), with the spellings the hand table joins already joined, so
 * the analyser never misreads them; a surface read two ways keeps its most frequent reading.
 */
export async function readingTable(texts: readonly string[]): Promise<ReadingTable> {
  const tk = await analyser();
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const t of tk.tokenize(joinSpellingsIn(text.normalize('NFKC')))) {
      if (!t.reading || t.reading === '*' || !hasKanji(t.surface_form)) continue;
      const key = fold(t.surface_form).text;
      const reading = fold(t.reading).text;
      if (!hasKanji(key) || hasKanji(reading) || !reading) continue;
      const seen = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
      seen.set(reading, (seen.get(reading) ?? 0) + 1);
    }
  }
  const table: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) table[key] = [...counts.get(key)!].sort((a, b) => b[1] - a[1])[0][0];
  return table;
}

/** One entry a line, so a change to the plans shows as a readable diff. */
export const formatTable = (table: ReadingTable) =>
  `{\n${Object.entries(table)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(',\n')}\n}\n`;
