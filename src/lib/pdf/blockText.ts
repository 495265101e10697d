import { ITEM_START_RE, joinText } from './cjk';
import { tableRows } from './tableRows';
import { LINE_PITCH_MAX_EM, PARAGRAPH_GAP_EM, PITCH_SLACK, TABLE_ROW_GAP_EM, WRAP_REACH_EM } from './thresholds';
import { isStrong, type Line } from './types';

const TOL = 3;
/** Where a sentence or heading has ended: a line ending so is whole. */
const SENTENCE_END_RE = /[。．.!！?？」』)）]$/u;
/** A line of prose set to the measure is at least this long; a heading is shorter. */
const PROSE_LINE_CHARS = 25;
const prevText = (l: Line) => l.frags.map((f) => f.text).join(' ');
/** A nested list item is indented two spaces a level, as the Word reader writes it (the compiler reads nesting from it). */
const ITEM_INDENT = '  ';

/**
 * What a tagged PDF says of two lines in a row: 'same' (one heading or list item goes on),
 * 'apart' (a heading, list item or paragraph starts or ends between them), or null (read by position).
 */
function tagged(prev: Line | null, l: Line): 'same' | 'apart' | null {
  if (!prev) return null;
  if (isStrong(l.tag) || isStrong(prev.tag)) return l.tag?.block === prev.tag?.block ? 'same' : 'apart';
  if (!prev.tag || !l.tag) return null;
  // Two paragraphs are two, however their lines fall; one paragraph's lines are left to their positions (a line break inside it may be a list typed with Shift+Enter).
  return l.tag.block === prev.tag.block ? null : 'apart';
}

/** What cannot start a line (禁則): it comes down with the letter before it. */
const NO_LINE_START_RE = /^[、。，．,.・：:；;!！?？)）」』】〕ー-]+/u;
/** What cannot end a line (禁則): it goes down with what follows. */
const OPENING_RE = /^[（(「『【〔［[]+/u;
/** A Latin word, a number or an address: moved down whole when it does not fit. */
const LATIN_WORD_RE = /^[\x21-\x7E]+/;
/** Latin letters are about half as wide as Japanese ones. */
const LATIN_EM = 0.55;

/** How wide the next line's first piece that could not be split is: what a wrap would have moved down. */
function firstPieceWidth(text: string, size: number): number {
  const opening = text.match(OPENING_RE)?.[0].length ?? 0;
  const rest = text.slice(opening);
  const latin = rest.match(LATIN_WORD_RE)?.[0];
  if (latin) return (opening + latin.length * LATIN_EM) * size;
  return (opening + 1 + (rest.slice(1).match(NO_LINE_START_RE)?.[0].length ?? 0)) * size;
}

/**
 * A line break inside one list item (Shift+Enter in Word or Writer: the item's title, then what
 * it does): the line before it stops short of the measure by more than the next line's first
 * piece would take. A wrapped line stops short only by less (a long word, 禁則 pushing a letter down).
 */
function softBreak(prev: Line | null, l: Line, right: number): boolean {
  if (!prev || l.tag?.kind !== 'item' || l.tag.block !== prev.tag?.block) return false;
  const end = Math.max(...prev.frags.map((f) => f.x1));
  const next = l.frags.map((f) => f.text).join(' ');
  return right - end > Math.max(WRAP_REACH_EM * prev.size, firstPieceWidth(next, l.size) + prev.size / 2);
}

/** Left edges of columns: the fragments' starts, those within TOL of each other as one. */
function mergeEdges(edges: number[], xs: number[]): number[] {
  const out = [...edges];
  for (const x of xs) if (!out.some((e) => Math.abs(e - x) <= TOL)) out.push(x);
  return out.sort((a, b) => a - b);
}

/** Every fragment starts at a column edge and ends before the next column's. */
const fits = (l: Line, edges: number[], right: number) =>
  l.frags.every((f) => {
    const c = edges.findIndex((e) => Math.abs(f.x0 - e) <= TOL);
    return c >= 0 && f.x1 <= (edges[c + 1] ?? right) + TOL;
  });

/**
 * Where a table starts at line i (two or more fragments on it), its lines and column edges:
 * the following lines, close together, whose fragments each fit one column (a merged cell's
 * line may open a new column to the left). Two rows with several cells make it a table.
 */
function tableAt(lines: Line[], i: number, right: number): { n: number; edges: number[] } | null {
  if (lines[i].frags.length < 2) return null;
  let edges = mergeEdges(
    [],
    lines[i].frags.map((f) => f.x0),
  );
  let j = i + 1;
  for (; j < lines.length && lines[j].y - lines[j - 1].y <= TABLE_ROW_GAP_EM * lines[j].size; j++) {
    const l = lines[j];
    const next =
      l.frags.length === 1 && l.frags[0].x1 <= edges[0] + TOL
        ? mergeEdges(edges, [l.frags[0].x0])
        : l.frags.length > 1
          ? mergeEdges(
              edges,
              l.frags.map((f) => f.x0),
            )
          : edges;
    if (!lines.slice(i, j + 1).every((m) => fits(m, next, right))) break;
    edges = next;
  }
  const multi = lines.slice(i + 1, j).filter((l) => l.frags.length > 1).length;
  return j - i >= 3 && multi >= 2 ? { n: j - i, edges } : null;
}

/**
 * The block's own line pitch: the most common baseline step from a line set to the full
 * measure to the next line of its size (a wrapped paragraph steps by it, set solid or
 * double-spaced; a paragraph break steps further). 0 when fewer than two lines show it.
 */
function linePitch(lines: Line[], right: number): number {
  const steps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    const gap = Math.round((b.y - a.y) * 2) / 2;
    const full = a.frags.length === 1 && a.frags[0].x1 >= right - WRAP_REACH_EM * a.size;
    if (full && Math.abs(a.size - b.size) < 0.5 && gap > 0 && gap <= LINE_PITCH_MAX_EM * b.size)
      steps.set(gap, (steps.get(gap) ?? 0) + 1);
  }
  let best = 0;
  for (const [gap, n] of steps) if (n > (steps.get(best) ?? 0) || (n === steps.get(best) && gap < best)) best = gap;
  return (steps.get(best) ?? 0) >= 2 ? best : 0;
}

/**
 * A block's lines → text lines: tables as tab-separated rows, a paragraph's wrapped lines
 * joined (no hyphen logic: Japanese breaks anywhere), a blank line between paragraphs.
 */
export function blockText(lines: Line[]): string[] {
  const out: string[] = [];
  const right = Math.max(...lines.flatMap((l) => l.frags.map((f) => f.x1)));
  const pitch = linePitch(lines, right) * PITCH_SLACK;
  const paragraphGap = (size: number) => Math.max(PARAGRAPH_GAP_EM * size, pitch);
  let prev: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const table = tableAt(lines, i, right);
    if (table) {
      if (out.length && out[out.length - 1]) out.push('');
      out.push(...tableRows(lines.slice(i, i + table.n), table.edges), '');
      i += table.n - 1;
      prev = null;
      continue;
    }
    const l = lines[i];
    const said = softBreak(prev, l, right) ? 'apart' : tagged(prev, l);
    const indent =
      l.tag?.kind === 'item' && said !== 'same' ? ITEM_INDENT.repeat(Math.max(0, (l.tag.depth ?? 1) - 1)) : '';
    const text = indent + l.frags.map((f) => f.text).join(' ');
    const gap = prev ? l.y - prev.y : 0;
    const wrapped = said
      ? said === 'same'
      : prev &&
        prev.frags.length === 1 &&
        l.frags.length === 1 &&
        Math.abs(prev.size - l.size) < 0.5 &&
        prev.frags[0].x1 >= right - WRAP_REACH_EM * prev.size &&
        gap <= paragraphGap(l.size) &&
        // A line wrapped mid-sentence goes on even where it starts like an item (「・児童委員」, 「第１章」 quoted in prose).
        (!ITEM_START_RE.test(text) ||
          (!SENTENCE_END_RE.test(out[out.length - 1]) && [...prevText(prev)].length >= PROSE_LINE_CHARS));
    if (wrapped) out[out.length - 1] = joinText(out[out.length - 1], text, true);
    else {
      // A heading opens a paragraph of its own, as in a Word document's text.
      const heading = l.tag?.kind === 'heading' && said === 'apart';
      if (prev && (heading || gap > paragraphGap(Math.max(l.size, prev.size))) && out[out.length - 1]) out.push('');
      out.push(text);
    }
    prev = l;
  }
  return out;
}
