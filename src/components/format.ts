/**
 * Every number and date the page shows, in the page's language (`<html lang>`), so that a count
 * reads the same in the header, the controls, the cards and the charts.
 *
 * Whole percentages and counts are mostly looked up rather than formatted: a format call costs
 * about 20 microseconds here, and the helpfulness chart names up to 300 newly plotted reviews with
 * four numbers each (11 ms on the first filter).
 */
export const locale: string | undefined = globalThis.document?.documentElement.lang || undefined;

const percentFormat = new Intl.NumberFormat(locale, {
  style: 'percent',
  maximumFractionDigits: 0,
});
const countFormat = new Intl.NumberFormat(locale);
const oneDecimal = new Intl.NumberFormat(locale, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
const mediumDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

let percents: readonly string[] | null = null;

/** `share` (0 to 1) as a whole percentage, as `Intl.NumberFormat` with style percent writes it. */
export function percentText(share: number): string {
  const hundredths = share * 100;
  const whole = Math.round(hundredths);
  // Near a half the rounding of a binary fraction is Intl's to decide; elsewhere it is plain.
  const nearHalf = Math.abs(Math.abs(hundredths - whole) - 0.5) < 1e-6;
  // Negative shares (and -0, which Intl writes with its sign) are Intl's to write, too.
  if (share < 0 || Object.is(share, -0) || whole > 100 || nearHalf) {
    return percentFormat.format(share);
  }
  percents ??= Array.from({ length: 101 }, (_, i) => percentFormat.format(i / 100));
  return percents[whole] ?? percentFormat.format(share);
}

const counts = new Map<number, string>();
/** Counts looked up; past this many distinct ones they are formatted each time. */
const MAX_COUNTS = 20_000;

/** A count as `Intl.NumberFormat` writes it ("1,234"). */
export function countText(value: number): string {
  let text = counts.get(value);
  if (text === undefined) {
    text = countFormat.format(value);
    if (counts.size < MAX_COUNTS) counts.set(value, text);
  }
  return text;
}

/** A count and its noun, singular for one: `1 review`, `1,500 reviews`. */
export function countOf(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${countText(value)} ${value === 1 ? singular : pluralForm}`;
}

/** A mean or median to one decimal: `7.0`. */
export function decimalText(value: number): string {
  return oneDecimal.format(value);
}

/** An ISO day (`2006-03-11`) as the page's language writes it; `Undated` when there is none. */
export function dayText(iso: string | null): string {
  if (iso === null) return 'Undated';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? 'Undated' : longDate.format(date);
}

/** A moment (an ISO timestamp) as a short date; empty when it cannot be read. */
export function shortDateText(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : mediumDate.format(new Date(time));
}

/** Words joined as a list: `5, 7 and 9`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
