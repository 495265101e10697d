import { blockText } from './blockText';
import { dropFurniture } from './dropFurniture';
import { pageLines } from './pageLines';
import { splitColumns } from './splitColumns';
import type { PageRuns } from './types';

/**
 * Pages of positioned text → plan text in reading order. Each page begins with a form feed,
 * which the compiler reads as the page of a line (src/lib/plan/linePages.ts).
 */
export function layoutText(pages: PageRuns[]): string {
  const kept = dropFurniture(pages.map((p) => ({ lines: pageLines(p.runs), height: p.height })));
  return kept.map((lines) => {
    const text = splitColumns(lines).flatMap((b) => [...blockText(b), '']);
    while (text.length && !text[text.length - 1]) text.pop();
    return text.join('\n');
  }).map((t) => `\f${t}`).join('\n');
}
