import type { Diagnostic } from './types';

/**
 * Numbered lines (line → text) the chosen tree did not make items, left as notes or prose:
 * one plain warning each, unless the line already has one or holds the vision.
 */
export function unplacedWarnings(
  numbered: ReadonlyMap<number, string>,
  placed: ReadonlySet<number>,
  vision: string,
  said: ReadonlySet<number>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [line, text] of numbered) {
    if (placed.has(line) || said.has(line) || (vision && text.includes(vision))) continue;
    out.push({
      line,
      message: `「${text.slice(0, 30)}」には番号がありますが、体系の項目として読めなかったため、注記・本文として残しました。項目なら、取込画面で直してください。`,
    });
  }
  return out;
}
