import { splitCell } from './lex';
import { lexLine } from './lineModel';
import { headerLevel } from './rules';
import { attach, newDraft } from './draft';
import { titleRunsOn, wordCut } from './continuation';
import type { Draft, Token } from './types';

/** One item of a cell, at the level its column's header names. */
function cellDraft(piece: string, line: number, h: { word: string; rank: number }, parent: Draft): Draft {
  const t = lexLine(piece, line, true);
  const at = { level: h.word, rank: h.rank, line };
  const d =
    t.kind === 'heading'
      ? newDraft({ ...at, code: t.code, title: t.title, tags: t.tags, scheme: t.scheme, parts: t.parts }, parent)
      : newDraft({ ...at, title: t.kind === 'text' || t.kind === 'bullet' ? t.text : piece }, parent);
  d.rule = 'table.hierarchy';
  return d;
}

/** A cell cut before its end: after a particle that needs more (を に と の が や 、) or a linking phrase (による …). */
const CELL_CUT_RE = /(?:[、・をにのがとや]|による|における|に向けた|のための)$/u;
/** Longest rest of a cell on the next row. */
const CELL_REST_MAX = 12;

/**
 * The cell is the rest of the title above it: plain short text (no number or bullet) after a cell
 * cut before its end, or a word cut between its kanji and kana (continuation.ts). A cell ending in
 * る (…をつくる) is whole: the next row's cell starts a new item.
 */
function wrapsInto(above: Draft, cell: string): boolean {
  if (lexLine(cell, 0, true).kind !== 'text' || cell.length > CELL_REST_MAX) return false;
  return (CELL_CUT_RE.test(above.title) && titleRunsOn(above.title, cell)) || wordCut(above.title, cell);
}

/**
 * A tab-separated 体系図: a header row of level words, then one row per line of the
 * chart, where an empty cell continues the cell above (a merged cell flattened) and a cell may
 * hold several numbered items (①… ②…). Builds the nodes under `root`; returns the last table
 * line's token index and the level words, or no levels when the header is not a hierarchy.
 */
export function readTable(
  tokens: Token[],
  from: number,
  root: Draft,
  warn: (line: number, message: string) => void,
): { end: number; levels: string[] | null } {
  const rows: { cells: string[]; line: number }[] = [];
  let j = from;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'table') break;
    rows.push({ cells: t.cells, line: t.line });
  }
  // The hierarchy is the leading columns headed by level words; columns after them (担い手, 年度, R7) are details, not levels.
  const levels = rows[0].cells.map((c, col) => headerLevel(c, col));
  const header = levels.slice(0, levels.findIndex((h) => !h) === -1 ? levels.length : levels.findIndex((h) => !h));
  if (header.length < 2) {
    warn(
      rows[0].line,
      `表(${rows.length} 行)を読み飛ばしました: 見出し行が階層名(基本目標・重点目標 など)ではありません。`,
    );
    return { end: j - 1, levels: null };
  }
  const lastAt: Draft[] = [];
  for (const row of rows.slice(1)) {
    row.cells.forEach((cell, col) => {
      if (!cell || col >= header.length) return;
      const parent = col === 0 ? root : lastAt[col - 1];
      if (!parent) return void warn(row.line, `表の ${col + 1} 列目「${cell}」の親が前の列にありません。`);
      const above = lastAt[col];
      // A cell's text wrapped onto the next row (仕組み｜をつくる): the cell above goes on, no new item.
      if (above && row.cells.slice(0, col).every((c) => !c) && wrapsInto(above, cell))
        return void (above.title += cell);
      for (const piece of splitCell(cell)) {
        const d = cellDraft(piece, row.line, header[col]!, parent);
        lastAt[col] = attach(parent, d);
        lastAt.length = col + 1;
      }
    });
  }
  return { end: j - 1, levels: header.map((h) => h!.word) };
}
