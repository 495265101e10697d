import { COLOPHON_RE, GOAL_WORD_RE, VISION_RE } from './rules';
import { isParenOnly, isProse, isSubtitle } from './draft';
import type { Token } from './types';

/** A short line ending in a level word (計画の目標, 施策の柱): the next part begins even without a blank line. */
const LEVEL_LABEL_RE = /(目標|施策|方針|分野|課題|柱|方向性?)[】》≫〉>\])）]?$/u;
const LEVEL_LABEL_MAX = 12;

/**
 * Reads the 基本理念 that starts at token `from`: its first paragraph (lines joined, as a PDF
 * wraps a long line), then short slogan lines or a ～subtitle～, skipping a label in parentheses
 * such as (スローガン). A short line is already whole, so a sentence right after it explains the
 * vision rather than continuing it; so does a long paragraph after a blank. A short label after
 * a blank that names a level (計画の目標, 活動の柱) opens the next part. Returns the index of
 * the last token read.
 */
/** A section title for the plan's structure (計画の体系, 体系図): never part of a slogan. */
const STRUCTURE_RE = /体系/;

export function readVision(tokens: Token[], from: number): { vision: string; description: string; end: number } {
  const parts: string[] = [];
  let j = from;
  let para = '';
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'blank') {
      if (para) parts.push(para), (para = '');
      continue;
    }
    if (t.kind !== 'text' || VISION_RE.test(t.text) || COLOPHON_RE.test(t.text) || /^\d/.test(t.text)) break;
    if (parts.length && !para && (GOAL_WORD_RE.test(t.text) || STRUCTURE_RE.test(t.text)) && !isProse(t.text)) break; // vision.ends-at-label
    if (para && LEVEL_LABEL_RE.test(t.text) && t.text.length <= LEVEL_LABEL_MAX) break; // vision.ends-at-label, right under it
    if (isParenOnly(t.text) && !parts.length && !para) continue; // (スローガン)
    if (para && !isProse(para) && /[。．]$/.test(t.text)) break; // vision.slogan-ends
    if (para) para += t.text;
    else if (!parts.length || (!isProse(t.text) && t.text.length <= 20) || isSubtitle(t.text)) para = t.text;
    else break;
  }
  if (para) parts.push(para);
  const vision = parts.map((p) => p.replace(/^「(.*)」$/, '$1')).join(' ');
  let k = j;
  while (k < tokens.length && tokens[k].kind === 'blank') k++;
  const n = tokens[k];
  if (n && n.kind === 'text' && isProse(n.text) && n.text.length > 40) return { vision, description: n.text, end: k };
  return { vision, description: '', end: j - 1 };
}
