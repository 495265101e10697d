/**
 * Last pass: one explanation per non-blank source line — the role the compiler gave it, the
 * rule (rules.ts RULES) that decided, a confidence, and the node it became or belongs to —
 * from the decisions each reader recorded as it read (never reconstructed from the tree).
 */
import { FURNITURE } from './rules';
import type { LineExplanation, Mark } from './types';

/** A line as the reading read it (1-based source line, text) with the decision recorded for it, if any. */
export interface ReadLine {
  line: number;
  text: string;
  mark?: Mark;
}

/**
 * One explanation per line the reading read, from the decision recorded for it as it was
 * read. A line no decision names is page furniture or prose kept as a section.
 */
export function explainLines(lines: ReadLine[]): LineExplanation[] {
  return lines.map(({ line, text, mark: m }) => {
    const furniture = FURNITURE.find((f) => f.re.test(text))?.rule;
    const mark =
      m ??
      (furniture
        ? { role: 'skipped' as const, rule: furniture, confidence: 0.9 }
        : { role: 'prose' as const, rule: 'prose.section' as const, confidence: 0.6 });
    const e: LineExplanation = { line, role: mark.role, rule: mark.rule, confidence: mark.confidence, text };
    if (mark.node?.id) e.nodeId = mark.node.id;
    return e;
  });
}
