import { ITEM_START_RE, joinText } from './cjk';
import { tableRows } from './tableRows';
import { PARAGRAPH_GAP_EM, TABLE_ROW_GAP_EM, WRAP_REACH_EM } from './thresholds';
import type { Line } from './types';

/**
 * Where a table starts at line i (a line of two or more fragments), the lines it takes: each
 * fragment of the following lines fits one of the header's columns, rows close together.
 */
function tableAt(lines: Line[], i: number, right: number): number {
  const head = lines[i].frags;
  if (head.length < 2) return 0;
  const edges = [...head.map((f) => f.x0), right + 1];
  const fits = (l: Line) => l.frags.every((f) => {
    const c = edges.findLastIndex((e) => f.x0 >= e - 3);
    return c >= 0 && c < head.length && f.x1 <= edges[c + 1] + 3;
  });
  let j = i + 1;
  while (j < lines.length && fits(lines[j]) && lines[j].y - lines[j - 1].y <= TABLE_ROW_GAP_EM * lines[j].size) j++;
  return j - i >= 3 ? j - i : 0;
}

/**
 * A block's lines → text lines: tables as tab-separated rows, a paragraph's wrapped lines
 * joined (no hyphen logic: Japanese breaks anywhere), a blank line between paragraphs.
 */
export function blockText(lines: Line[]): string[] {
  const out: string[] = [];
  const right = Math.max(...lines.flatMap((l) => l.frags.map((f) => f.x1)));
  let prev: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const n = tableAt(lines, i, right);
    if (n) {
      if (out.length && out[out.length - 1]) out.push('');
      out.push(...tableRows(lines.slice(i, i + n)), '');
      i += n - 1;
      prev = null;
      continue;
    }
    const l = lines[i];
    const text = l.frags.map((f) => f.text).join(' ');
    const gap = prev ? l.y - prev.y : 0;
    const wrapped = prev && prev.frags.length === 1 && l.frags.length === 1 && Math.abs(prev.size - l.size) < 0.5
      && prev.frags[0].x1 >= right - WRAP_REACH_EM * prev.size && gap <= PARAGRAPH_GAP_EM * l.size && !ITEM_START_RE.test(text);
    if (wrapped) out[out.length - 1] = joinText(out[out.length - 1], text, true);
    else {
      if (prev && gap > PARAGRAPH_GAP_EM * Math.max(l.size, prev.size) && out[out.length - 1]) out.push('');
      out.push(text);
    }
    prev = l;
  }
  return out;
}
