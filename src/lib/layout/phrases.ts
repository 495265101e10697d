import { Parser } from 'budoux/parser';
import { model } from 'budoux/ja';

let parser: Parser | null = null;
const cache = new Map<string, string[]>();

/**
 * Splits Japanese text into phrases (文節) with BudouX, so that lines break where a reader
 * pauses: 地域生活課題を｜受けとめ｜支え合う｜仕組みづくり. Cached: titles repeat on every frame.
 */
export function phrases(text: string): string[] {
  const hit = cache.get(text);
  if (hit) return hit;
  parser ??= new Parser(model);
  const out = text ? parser.parse(text) : [];
  cache.set(text, out);
  return out;
}
