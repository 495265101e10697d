/**
 * Pass 1: text → source lines, each keeping its 1-based line number. Removes what only the
 * medium added: a BOM, CR line ends, control characters, the spaces a PDF puts between
 * letters (「基 本 理 念」), a bracket wrapped round a numbered label (【基本目標1】), bullets
 * run together on one line after a sentence, and a whole text pasted as one long line.
 */
import {
  COLUMN_SLACK,
  headerLevel,
  LEVEL_WORDS,
  TABLE_GAP,
  LETTER_SPACED_MIN_TOKENS,
  LETTER_SPACED_RATIO,
  ONE_LINE_MIN_LENGTH,
  ONE_LINE_SHARE,
  ONE_LINE_MIN_SPACES,
} from './rules';
import type { SourceLine } from './types';
import { stripControlChars } from '../text/xmlChars';

/** True when most space-separated pieces are single characters: a PDF's letter spacing. */
export function isLetterSpaced(s: string): boolean {
  const tokens = s.trim().split(/[ \u3000]+/);
  if (tokens.length < LETTER_SPACED_MIN_TOKENS) return false;
  return tokens.filter((t) => [...t].length === 1).length / tokens.length >= LETTER_SPACED_RATIO;
}

/** (推進項目)1.題名 → 推進項目1.題名: a level word in parentheses names the list that follows (normalize.paren-level). */
const unwrapParenLevel = (s: string) =>
  s.replace(/^(\s*)[(（]([^()（）\s]{2,8})[)）]\s*(?=[0-9０-９])/u, (m, sp: string, w: string) =>
    LEVEL_WORDS.some((l) => l.word === w) ? `${sp}${w}` : m,
  );

/** 【基本目標1】題名 → 基本目標1 題名: the bracket only marks the label. */
const unwrapLabel = (s: string) =>
  unwrapParenLevel(s).replace(
    /^(\s*)[【《≪〈<［[]\s*([^】》≫〉>］\]]{1,12}?[0-9０-９]+)\s*[】》≫〉>］\]]\s*/u,
    '$1$2 ',
  );

/** Bullets a page flattened onto the previous line: 「…努めます。 - 次の項目」. */
const splitRunOnBullets = (s: string) => s.split(/(?<=[。.!！．])\s+(?=[-－・]\s)/u);

/**
 * A word that only numbers what follows (1., (1), ①, 第2, 基本目標1) or opens a page number (- 2 -):
 * in a text pasted as one line it stays with the next word.
 */
const MARKER_WORD =
  /^(?:[(（][0-9０-９]+[)）]|[0-9０-９]+[.)．）]?|[①-⑳]|第[0-9０-９]+|\S{0,8}?(?:目標|施策|課題|方針|項目|柱|分野|方向)[0-9０-９]+|[-－‐])$/u;
const OPEN_PAGE_NUMBER = /^[-－‐] [0-9０-９]+$/u;

/**
 * A text pasted as one line: break it into phrases at spaces, except after 、 (a sentence
 * goes on), after a word that only numbers what follows (1. 題名, 基本目標1 題名, (1) 題名) and
 * inside a page number (- 2 -).
 */
export function splitOneLine(s: string): string[] {
  const out: string[] = [];
  for (const w of s.split(/[ \u3000]+/u).filter(Boolean)) {
    const prev = out[out.length - 1];
    const joins =
      prev !== undefined &&
      (/[、,]$/u.test(prev) || MARKER_WORD.test(prev) || (OPEN_PAGE_NUMBER.test(prev) && /^[-－‐]$/u.test(w)));
    if (joins) out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out;
}

/** Joins letter-spaced pieces: a space goes when a single character stands on one side, unless both sides are ASCII (F A X 0438 → FAX 0438). */
function joinLetters(s: string): string {
  const lead = s.match(/^[ \u3000]*/)![0];
  // A wider gap between letter-spaced runs is a real break between words.
  return (
    lead +
    s
      .trim()
      .split(/[ \u3000]{2,}/)
      .map(joinRun)
      .join(' ')
  );
}

/** Joins one letter-spaced run (no wide gaps inside). */
function joinRun(s: string): string {
  const tokens = s.split(/[ \u3000]+/);
  const ascii = (t: string) => /^[\x21-\x7e]+$/.test(t);
  return tokens.reduce((acc, t, i) => {
    const prev = tokens[i - 1];
    const single = [...prev].length === 1 || [...t].length === 1;
    return acc + (single && !(ascii(prev) && ascii(t) && ([...prev].length > 1 || [...t].length > 1)) ? '' : ' ') + t;
  });
}

/**
 * A bullet drawn in a symbol font (Symbol, Wingdings) comes out of a PDF, or a copy from one, as a
 * private-use character (U+F0B7 •, U+F0A7 ▪, U+F0D8 ➢ …) that shows as nothing or a box: it is a
 * bullet, written as one.
 */
const symbolFontBullet = (s: string) => s.replace(SYMBOL_FONT_BULLET, '$1・');
/**
 * The bullets of Symbol and Wingdings as a PDF maps them (● ■ □ ◆ ❖ ▪ • ➢ ➔ ✓). Other private-use
 * characters are left alone: a council's 外字 (a name's kanji) or a circled digit is text.
 */
const SYMBOL_FONT_BULLET =
  /^(\s*)[\uF06C\uF06E\uF06F\uF070\uF071\uF075\uF076\uF09F\uF0A7\uF0A8\uF0B7\uF0D8\uF0E0\uF0E8\uF0FC]\s*/u;

/** A page reference after leaders (見守り活動の推進 ……… 24): the page, not the title (normalize.leaders). */
const LEADERS_PAGE = /\s*(?:\.{4,}|…{2,}|‥{2,}|・{4,}|･{4,})\s*(?:\d+|[ivxIVX]+)\s*$/u;

function cleanLine(raw: string): string {
  let s = symbolFontBullet(stripControlChars(raw)).replace(LEADERS_PAGE, '');
  if (isLetterSpaced(s)) s = joinLetters(s);
  return unwrapLabel(s);
}

/**
 * A table flattened to `a | b |` rows: one line per cell. Several bullets in one cell
 * (`・a ・b`) become one line each.
 */
export function splitTableRow(s: string): string[] {
  if (!/\s[|｜](\s|$)/.test(s)) return [s];
  return s
    .split(/\s*[|｜]\s*/)
    .filter((c) => c.trim())
    .flatMap((c) => c.split(/\s+(?=・)/u));
}

export function normalizeText(text: string): SourceLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const filled = raw.filter((l) => l.trim());
  const isLong = (l: string) =>
    l.length >= ONE_LINE_MIN_LENGTH && (l.match(/[ \u3000]+/g) ?? []).length >= ONE_LINE_MIN_SPACES;
  const total = filled.reduce((n, l) => n + l.length, 0);
  const oneLine = filled.some((l) => isLong(l) && l.length >= total * ONE_LINE_SHARE);
  const out: SourceLine[] = [];
  raw.forEach((l, i) => {
    const pieces = oneLine && isLong(l) ? splitOneLine(l) : splitTableRow(l).flatMap(splitRunOnBullets);
    for (const p of pieces) out.push({ line: i + 1, text: cleanLine(p) });
  });
  return garbledRomans(out);
}

/** Shift_JIS Ⅰ Ⅱ Ⅲ … (0x8754 …) read in a Latin encoding lose their first byte and become T U V …. */
const GARBLED_ROMAN = 'TUVWXYZ';
const ROMANS = 'ⅠⅡⅢⅣⅤⅥⅦ';
const garbledAt = (s: string) => s.match(/^(\s*)([T-Z]) (?=[^\p{ASCII}])/u);

/**
 * Lines opening with T, U, V … in that order (T first, at least two) and a space before
 * Japanese text are Roman numerals garbled by a wrong encoding (normalize.garbled-roman).
 */
export function garbledRomans(lines: SourceLine[]): SourceLine[] {
  const run = lines.filter((l) => garbledAt(l.text));
  let next = 0;
  const ordered = run.filter((l) => garbledAt(l.text)![2] === GARBLED_ROMAN[next] && ++next);
  if (ordered.length < 2 || ordered.length !== run.length) return lines;
  return lines.map((l) => {
    const m = garbledAt(l.text);
    return m ? { ...l, text: `${m[1]}${ROMANS[GARBLED_ROMAN.indexOf(m[2])]} ${l.text.slice(m[0].length)}` } : l;
  });
}

const GAP = new RegExp(`[ \\u3000]{${TABLE_GAP},}|\\u3000+`);
/** Display columns of a character: full-width (CJK, kana, full-width forms) take two. */
const colsOf = (ch: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;

/** Cells of a spaced row with the display column each starts at. */
function spacedCells(line: string): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  let col = 0;
  let cur: { col: number; text: string } | null = null;
  let gap = 0;
  for (const ch of line) {
    const blank = ch === ' ' || ch === '\u3000';
    if (blank) gap += ch === '\u3000' ? TABLE_GAP : 1;
    else {
      if (!cur || gap >= TABLE_GAP) out.push((cur = { col, text: '' }));
      else if (gap) cur.text += ' ';
      cur.text += ch;
      gap = 0;
    }
    col += colsOf(ch);
  }
  return out;
}

/**
 * A row's cells placed under the header's columns (table.columns): each cell goes to the column
 * whose start is nearest its own, after the cell before it; a row that opens with blanks leaves
 * the first column empty, so a continuation row does not slide one column left.
 */
function tabsByColumns(line: string, starts: number[]): string {
  const cells = spacedCells(line);
  const row: string[] = starts.map(() => '');
  let min = /^[ \u3000]/.test(line) ? 1 : 0;
  for (const c of cells) {
    let k = Math.max(min, 0);
    for (let n = k; n < starts.length; n++) if (Math.abs(starts[n] - c.col) < Math.abs(starts[k] - c.col)) k = n;
    k = Math.min(k, starts.length - 1);
    row[k] = row[k] ? `${row[k]} ${c.text}` : c.text;
    min = k + 1;
  }
  let last = row.length;
  while (last > 0 && !row[last - 1]) last--;
  return row.slice(0, last).join('\t');
}

/**
 * A 体系図 table pasted with runs of spaces for tabs (what a PDF copy gives): a header row of
 * level words split by gaps, and the rows under it up to a blank line, get their tabs back.
 */
export function tabsForSpacedTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const cells = out[i].trim().split(GAP);
    if (out[i].includes('\t') || cells.length < 2 || !cells.every((c, col) => headerLevel(c, col))) continue;
    const starts = spacedCells(out[i]).map((c) => c.col);
    let end = i;
    while (end < out.length && out[end].trim()) end++;
    const rows = out.slice(i, end);
    // Aligned under the header: cells go by column; otherwise each gap is one column break.
    const aligned = rows.every((r) =>
      spacedCells(r).every((c) => starts.some((x) => Math.abs(x - c.col) <= COLUMN_SLACK)),
    );
    rows.forEach(
      (r, k) =>
        (out[i + k] = aligned
          ? tabsByColumns(r, starts)
          : r.replace(/^[ \u3000]+/, '\t').replace(new RegExp(GAP.source, 'g'), '\t')),
    );
  }
  return out;
}

/** Page numbers (- 12 -) and bare links: page furniture the token view never sees. */
export const isPageFurniture = (s: string) => /^\s*[-－‐]\s*\d+\s*[-－‐]\s*$|^\s*<?https?:\/\/\S+>?\s*$/.test(s);
