import { isoDate, MONTHS } from '../page-lines';

/** `Oct`, `Sept.`, `October`: a month named by its first three letters or more. */
function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return -1;
  return MONTHS.findIndex((month) => month.toLowerCase().startsWith(key));
}

function validIso(year: number, month: number, day: number): string | null {
  if (month < 0 || day < 1 || day > 31) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getUTCMonth() === month && date.getUTCDate() === day
    ? isoDate(year, month, day)
    : null;
}

const MONTH_FIRST = /^([A-Za-z]{3,9}\.?) (\d{1,2}), (\d{4})$/;
const DAY_FIRST = /^(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;

/**
 * A date as IMDb writes it on its pages (`Oct 6, 2024`, `December 5, 2025`, `23 August 2017`)
 * or in its data (`2024-10-06`), as yyyy-mm-dd; null for anything else.
 */
export function readDate(text: string): string | null {
  const trimmed = text.trim();
  const monthFirst = MONTH_FIRST.exec(trimmed);
  if (monthFirst) {
    const [, month = '', day = '', year = ''] = monthFirst;
    return validIso(Number(year), monthIndex(month), Number(day));
  }
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) {
    const [, day = '', month = '', year = ''] = dayFirst;
    return validIso(Number(year), monthIndex(month), Number(day));
  }
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, year = '', month = '', day = ''] = iso;
    return validIso(Number(year), Number(month) - 1, Number(day));
  }
  return null;
}

/** Where a date like `Oct 6, 2024` ends a line (`moviebuff99Oct 6, 2024Permalink`). */
export const MONTH_FIRST_DATE_SOURCE = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}`;
