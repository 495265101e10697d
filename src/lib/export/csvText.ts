/**
 * CSV as council staff open it in Excel, written safely: a BOM (Excel reads UTF-8 Japanese only
 * with one), CRLF rows, quotes where needed, and every cell a spreadsheet would read as a formula
 * neutralised as OWASP advises (a leading apostrophe, so `=HYPERLINK(…)` in a title stays text).
 */

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first, also after
 * leading spaces: = + - @, tab, CR, LF, and their full-width forms (Japanese IMEs type ＝ ＋ － ＠,
 * and Excel accepts ＝ as =).
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\n＝＋－＠]/u;

/**
 * A plain number (−5, 1,200, 3.5, 80%): a spreadsheet reads it as a number, never a formula,
 * so it is left as it is; a minus in 目標値 or 実績値 stays a negative number, not text.
 */
const PLAIN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/** One cell's text, neutralised when a spreadsheet would run it as a formula. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Reverses `neutralise` on a cell read back from a CSV this app wrote. */
export function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Rows → CSV text with a BOM and CRLF line ends, every cell neutralised and quoted as needed. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map((c) => quote(neutralise(c))).join(',')).join('\r\n')}\r\n`;
}
