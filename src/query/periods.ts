import { yearName } from '@/lib/year-name';

/**
 * The timeline's periods: the step that suits a span of months, each period's name and the days
 * it covers. A dataset may be dated from the year 0 to 9999, and a chart of one bar per year of
 * that would be ten thousand bars; the step grows with the span instead, so there are never more
 * than MAX_PERIODS.
 *
 * Names keep ISO's four-digit years, so that a year reads as the date range writes it: a month
 * `2005-03`, a year `2005` (`0050`), a decade `2000s` (`0050s`: 50-59), a century `1900-1999` and
 * a millennium `1000-1999`. Centuries and millennia are written as their first and last years
 * because `1900s` says a decade as readily as a century.
 */

export type Granularity = 'month' | 'year' | 'decade' | 'century' | 'millennium';
type YearStep = Exclude<Granularity, 'month'>;

/** Years per period, finest first. */
const YEARS: Record<YearStep, number> = { year: 1, decade: 10, century: 100, millennium: 1000 };
const YEAR_STEPS: readonly YearStep[] = ['year', 'decade', 'century', 'millennium'];

/** Periods are months while the span is under this many months, as they always were. */
const MONTHS_UNDER = 24;

/**
 * The most periods a timeline has, empty ones between included: a bar each, and each a button,
 * so a few dozen at most. The coarsest step, millennia, needs ten for any four-digit year.
 */
export const MAX_PERIODS = 40;

/**
 * The finest step that covers the months `first` to `last` (year * 12 + month 0-11) in at most
 * MAX_PERIODS periods: months for a span under two years, then years, decades, centuries or
 * millennia.
 */
export function granularityOf(first: number, last: number): Granularity {
  if (last - first < MONTHS_UNDER) return 'month';
  const firstYear = Math.floor(first / 12);
  const lastYear = Math.floor(last / 12);
  const fits = (step: YearStep) =>
    Math.floor(lastYear / YEARS[step]) - Math.floor(firstYear / YEARS[step]) < MAX_PERIODS;
  return YEAR_STEPS.find(fits) ?? 'millennium';
}

/** The period holding `month` (year * 12 + month 0-11): a number that grows by one a period. */
export function periodKey(granularity: Granularity, month: number): number {
  return granularity === 'month' ? month : Math.floor(Math.floor(month / 12) / YEARS[granularity]);
}

/** The first and last month (year * 12 + month 0-11) of the period `key` of a step. */
export function periodMonths(granularity: Granularity, key: number): [number, number] {
  if (granularity === 'month') return [key, key];
  const months = YEARS[granularity] * 12;
  return [key * months, (key + 1) * months - 1];
}

/** The name of the period `key` (from periodKey) of a step. */
export function periodName(granularity: Granularity, key: number): string {
  if (granularity === 'month') {
    return `${yearName(Math.floor(key / 12))}-${String((key % 12) + 1).padStart(2, '0')}`;
  }
  const first = key * YEARS[granularity];
  if (granularity === 'year') return yearName(first);
  if (granularity === 'decade') return `${yearName(first)}s`;
  return `${yearName(first)}-${yearName(first + YEARS[granularity] - 1)}`;
}

/** A month `2005-03`, a year `2005`, a decade `2000s` or a range of years `1900-1999`. */
const PERIOD = /^(\d{4})(?:-(\d{2})|(s)|-(\d{4}))?$/;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1-12); counted, since Date.UTC would take the years 0-99 for 1900-1999. */
function monthLength(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The first and last day of a period named by periodName, as the date range takes them. */
export function periodDays(period: string): [string, string] {
  const match = PERIOD.exec(period);
  if (!match) throw new RangeError(`not a period: ${period}`);
  const [, year = '', month, decade, until] = match;
  if (month !== undefined) {
    const last = monthLength(Number(year), Number(month));
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
  }
  const lastYear =
    decade !== undefined ? yearName(Number(year) + 9) : until !== undefined ? until : year;
  return [`${year}-01-01`, `${lastYear}-12-31`];
}

const YEAR_RANGE = /^\d{4}-\d{4}$/;

/** The span from one period to another as a caption writes it: `2004-2018`, `1900-2099`. */
export function spanName(first: string, last: string): string {
  if (first === last) return first;
  // Of a range of years, only its first or last year: the span names two years, not four.
  const from = YEAR_RANGE.test(first) ? first.slice(0, 4) : first;
  const to = YEAR_RANGE.test(last) ? last.slice(5) : last;
  return `${from}-${to}`;
}
