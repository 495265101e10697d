import type { Section } from './schema';
import type { Draft } from './types';

/**
 * Top-level 第N章 headings with nothing numbered under them are the book's chapters (計画の策定に
 * あたって, 計画の推進体制), not a level of the plan: they leave the tree, and their prose is kept
 * as a section. Returns the sections made, in text order.
 */
export function dropEmptyChapters(root: Draft): Section[] {
  const out: Section[] = [];
  root.children = root.children.filter((d) => {
    if (d.scheme !== 'chapter' || d.children.length) return true;
    out.push({ heading: `${d.code} ${d.title}`.trim(), text: d.description, line: d.line });
    return false;
  });
  return out;
}
