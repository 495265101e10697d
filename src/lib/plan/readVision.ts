import { COLOPHON_RE, GOAL_WORD_RE, LEVEL_LABEL_MAX, LEVEL_LABEL_RE, STRUCTURE_RE, VISION_RE } from './rules';
import { isParenOnly, isProse, isSubtitle, stripSubtitle } from './draft';
import type { Token } from './types';

/**
 * A vision line runs on to the next only when it is visibly unfinished: it ends in 、 or ・
 * (vision.continues), or a 「『 opened in it is still open. A finished line followed by another
 * line is a vision and its explanation, or a vision and the next heading (vision.one-statement).
 */
export function unfinished(t: string): boolean {
  if (/[、，,・]$/.test(t)) return true;
  const open = (t.match(/[「『]/g) ?? []).length;
  return open > (t.match(/[」』]/g) ?? []).length;
}

/** A short line that is not a label and ends the block (a blank follows): the vision's last line (an acrostic's second half). */
function closesBlock(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const after = tokens[j + 1];
  return t.kind === 'text' && !isProse(t.text) && !GOAL_WORD_RE.test(t.text) && !STRUCTURE_RE.test(t.text) && (!after || after.kind === 'blank');
}

/**
 * Reads the 基本理念 that starts at token `from`: one statement (lines joined only while it is
 * unfinished, as a PDF wraps a long line), skipping a label in parentheses such as (スローガン),
 * or short slogan lines after a blank. A ～subtitle～ right after it is returned apart
 * (vision.subtitle): it belongs to the vision but is not its wording. A sentence right after a
 * short vision explains it; so does a long paragraph after a blank. Returns the index of the
 * last token read.
 */
export function readVision(tokens: Token[], from: number): { vision: string; subtitle: string; description: string; end: number } {
  const parts: string[] = [];
  let j = from;
  let para = '';
  let subtitle = '';
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'blank') {
      if (para) parts.push(para), (para = '');
      continue;
    }
    if (t.kind !== 'text' || VISION_RE.test(t.text) || COLOPHON_RE.test(t.text) || /^\d/.test(t.text)) break;
    if ((parts.length || para) && isSubtitle(t.text)) {
      subtitle = stripSubtitle(t.text);
      j++;
      break;
    }
    if (parts.length && !para && (GOAL_WORD_RE.test(t.text) || STRUCTURE_RE.test(t.text)) && !isProse(t.text)) break; // vision.ends-at-label
    if (para && LEVEL_LABEL_RE.test(t.text) && t.text.length <= LEVEL_LABEL_MAX) break; // vision.ends-at-label, right under it
    if (isParenOnly(t.text) && !parts.length && !para) continue; // (スローガン)
    if (para && !unfinished(para) && !closesBlock(tokens, j)) break; // vision.one-statement
    if (para) para += t.text;
    else if (!parts.length || (!isProse(t.text) && t.text.length <= 20)) para = t.text;
    else break;
  }
  if (para) parts.push(para);
  const vision = parts.map((p) => p.replace(/^[「『](.*)[」』]$/, '$1')).join(' ');
  let k = j;
  while (k < tokens.length && tokens[k].kind === 'blank') k++;
  const n = tokens[k];
  if (n && n.kind === 'text' && isProse(n.text) && n.text.length > 40) return { vision, subtitle, description: n.text, end: k };
  return { vision, subtitle, description: '', end: j - 1 };
}
