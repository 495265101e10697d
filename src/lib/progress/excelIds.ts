/**
 * Item ids that a spreadsheet turned into dates or numbers when a person opened the CSV and saved
 * it again (Excel reads 1-1 as 1 January and 1-2-3 as 3 February 2001), read back into the ids
 * they may have been. The caller keeps only candidates that are ids of the plan.
 */
import { excelSerialDate } from '../text/excelSerial';

/** A calendar date as a sheet wrote it; `year` is absent when the format does not show it. */
interface SheetDate {
  year?: number;
  month: number;
  day: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Serial numbers of 1 Jan 1930 and 31 Dec 2099: outside them a number is not a converted id. */
const SERIAL_MIN = 10_959;
const SERIAL_MAX = 73_050;
/** No sheet of this app was saved before this year: an older date is no 「m-d」 given this year. */
const SAVED_SINCE = 2020;

const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const MAX_DAY = 31;
const valid = (d: SheetDate) => d.month >= 1 && d.month <= MONTHS.length && d.day >= 1 && d.day <= MAX_DAY;

function fromSerial(n: number): SheetDate {
  const date = excelSerialDate(n);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Every reading of the cell as a date (a few formats are ambiguous, so several may come back). */
export function sheetDates(raw: string): SheetDate[] {
  const s = raw
    .normalize('NFKC')
    .trim()
    .replace(/\s+0?0:00(:00)?$/, '');
  const n = (x: string | undefined) => (x === undefined ? undefined : Number(x));
  let m: RegExpMatchArray | null;
  const out: SheetDate[] = [];
  if ((m = s.match(/^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/))) out.push({ year: n(m[1]), month: +m[2], day: +m[3] });
  else if ((m = s.match(/^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/))) out.push({ year: +m[1], month: +m[2], day: +m[3] });
  else if ((m = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)))
    out.push({ year: +m[3], month: +m[1], day: +m[2] }, { year: +m[3], month: +m[2], day: +m[1] });
  else if ((m = s.match(/^(\d{1,2})\/(\d{1,2})$/))) out.push({ month: +m[1], day: +m[2] });
  else if ((m = s.match(/^(\d{1,2})[- ]([A-Za-z]{3,9})\.?(?:[- ](\d{2}|\d{4}))?$/)))
    out.push({ year: m[3] ? fullYear(+m[3]) : undefined, month: month(m[2]), day: +m[1] });
  else if ((m = s.match(/^([A-Za-z]{3,9})\.? (\d{1,2})$/)))
    out.push({ month: month(m[1]), day: +m[2] }); // Calc's 「Jan 01」
  else if ((m = s.match(/^([A-Za-z]{3,9})-(\d{2})$/)))
    out.push({ year: fullYear(+m[2]), month: month(m[1]), day: 1 }); // Excel's 「Jan-45」 (1-45)
  else if (/^\d{5}$/.test(s) && +s >= SERIAL_MIN && +s <= SERIAL_MAX) out.push(fromSerial(+s));
  return out.filter(valid);
}

/** Two-digit years as spreadsheets read them: 00–29 → 2000s, 30–99 → 1900s. */
const fullYear = (yy: number) => (yy >= 100 ? yy : yy < 30 ? 2000 + yy : 1900 + yy);

/**
 * The ids a date may have come from: m-d (a spreadsheet adds the year it was saved in, so only
 * for recent years), y-m-d, m-d-y and d-m-y; for a 1st also y-m and m-y, where the number
 * read as a year could be no month (13-1) or no day (1-45).
 */
function idsOf({ year, month: m, day: d }: SheetDate): string[] {
  const ids = year === undefined || year >= SAVED_SINCE ? [`${m}-${d}`] : [];
  if (year === undefined) return ids;
  const y = year % 100;
  ids.push(`${y}-${m}-${d}`, `${m}-${d}-${y}`, `${d}-${m}-${y}`);
  if (d === 1 && y > MONTHS.length) ids.push(`${y}-${m}`);
  if (d === 1 && y > MAX_DAY) ids.push(`${m}-${y}`);
  return ids;
}

/**
 * The plan's ids that a cell may have been before a spreadsheet changed it. Empty when the cell
 * is no date; several when the date fits more than one id of the plan (then the caller asks).
 */
export function excelIdCandidates(raw: string, known: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const date of sheetDates(raw)) for (const id of idsOf(date)) if (known.has(id)) found.add(id);
  return [...found];
}
