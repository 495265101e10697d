/** Western-calendar start of each era, minus one: 令和1年 = 2019. */
const ERAS: Readonly<Record<string, number>> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

/**
 * A fiscal year as people write it in a sheet: 2025, 2025年度, 令和7年度, 令和元年度, R7. Null when
 * it is none of these.
 */
export function fiscalYear(raw: string): number | null {
  const s = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/年度?$/, '');
  const western = s.match(/^(\d{4})$/);
  if (western) return Number(western[1]);
  const era = s.match(/^(令和|平成|R|H)(元|\d{1,2})$/i);
  if (!era) return null;
  return ERAS[era[1].toUpperCase()] + (era[2] === '元' ? 1 : Number(era[2]));
}

/** 2025 → 令和7年度 (2025). */
export const yearLabel = (year: number) =>
  year >= 2019 ? `令和${year - 2018 === 1 ? '元' : year - 2018}年度` : `${year}年度`;

/** Japanese fiscal years (年度) start in April: month index 3. */
const FISCAL_YEAR_START_MONTH = 3;

/** The 年度 a day falls in: 2026-03-31 is in 2025年度, 2026-04-01 in 2026年度 (local time). */
export const fiscalYearOf = (day: Date): number =>
  day.getMonth() < FISCAL_YEAR_START_MONTH ? day.getFullYear() - 1 : day.getFullYear();
