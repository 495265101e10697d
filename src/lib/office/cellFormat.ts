/**
 * A number cell's text as Excel shows it, for the formats plans use: General, fixed decimals,
 * thousands separators, percent, literal text around the number (「第"0"章」→ 第1章), and dates
 * (yyyy/m/d, with 和暦 when the format asks for the era).
 */
import { excelSerialDate } from '../text/excelSerial';

/** Excel's built-in formats by id (ECMA-376 18.8.30), the ones a Japanese sheet uses. */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'yyyy/m/d h:mm',
  49: '@',
  27: '[$-411]ge.m.d',
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: 'm/d/yy',
  31: 'yyyy"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: '[$-411]ge.m.d',
  58: '[$-411]ggge"年"m"月"d"日"',
};
/** Days from the 1900 system's day 0 to 1904-01-01, day 0 of the 1904 system (Mac Excel's date1904). */
export const DATE_1904_OFFSET = 1462;
/** Excel shows at most this many significant digits in General. */
const GENERAL_DIGITS = 11;

export const builtInFormat = (id: number): string => BUILT_IN[id] ?? 'General';

function general(n: number): string {
  return String(Number(n.toPrecision(GENERAL_DIGITS)));
}

/** The format's first section, with colour and locale brackets taken out. */
function positiveSection(code: string): string {
  return (code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0] ?? '').replace(/\[(?!\$-)[^\]]*\]/g, '');
}

const isDate = (code: string) =>
  /[ymdhsge]/i.test(code.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, '')) &&
  !/[0#?]/.test(code.replace(/"[^"]*"/g, ''));

function formatDate(serial: number, code: string): string {
  const d = excelSerialDate(serial);
  const era = /g/.test(code.replace(/"[^"]*"/g, ''));
  const jp = era
    ? new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(d)
        .replace(/年$/, '')
    : '';
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(2),
    m: String(d.getUTCMonth() + 1),
    mm: String(d.getUTCMonth() + 1).padStart(2, '0'),
    d: String(d.getUTCDate()),
    dd: String(d.getUTCDate()).padStart(2, '0'),
  };
  return code
    .replace(/\[\$-[^\]]*\]/g, '')
    .replace(/"([^"]*)"|\\(.)|g+e+|g+|e+|yyyy|yy|mm|m|dd|d|h+|s+|./g, (t, quoted?: string, escaped?: string) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      if (/^g/.test(t)) return jp;
      if (/^e/.test(t)) return jp.replace(/^\D+/, '');
      return parts[t] ?? (/^[hs]/.test(t) ? '' : t);
    })
    .trim();
}

function formatNumber(n: number, code: string): string {
  const percent = code.includes('%') ? 100 : 1;
  const value = n * percent;
  const body = code.replace(/"[^"]*"|\\./g, '');
  const decimals = body.match(/\.([0#?]+)/)?.[1].length ?? 0;
  const grouped = /#,##|0,0/.test(body);
  const digits = value.toFixed(decimals);
  const shown = grouped
    ? Number(digits).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : digits;
  // The number goes where its digits are; literal text ("第" 0 "章") stays around it.
  let placed = false;
  return code
    .replace(/"([^"]*)"|\\(.)|[#0?,.]+|%|./g, (t, quoted?: string, escaped?: string) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      if (/^[#0?]/.test(t) || (/^[.,]/.test(t) && /[0#]/.test(t))) return placed ? '' : ((placed = true), shown);
      if (t === '%') return '%';
      return /[_*]/.test(t) ? '' : t;
    })
    .trim();
}

/** A number cell's shown text for a format code; `date1904` when the workbook counts days from 1904. */
export function formatCell(n: number, code: string, date1904 = false): string {
  const section = positiveSection(code);
  if (!section || /^general$/i.test(section.trim()) || section === '@') return general(n);
  if (isDate(section)) return formatDate(date1904 ? n + DATE_1904_OFFSET : n, section);
  return formatNumber(n, section);
}
