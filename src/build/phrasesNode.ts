/**
 * The app's phrases (src/lib/layout/phrases.ts) where the build runs. The app imports BudouX's
 * parser and Japanese model by deep paths that only Vite resolves (aliases in vite.config.ts);
 * the build's own code runs in Node, which knows the package's entry only. Same model, same
 * rules (phraseRules.ts): a static page's title breaks where the app's does.
 */
import { Parser, jaModel } from 'budoux';
import { joinPhrases } from '../lib/layout/phraseRules';

let parser: Parser | null = null;

/** A title's phrases (文節), between which its lines may break. */
export function titlePhrases(text: string): string[] {
  parser ??= new Parser(jaModel);
  return text ? joinPhrases(parser.parse(text), text) : [];
}
