/**
 * Whole percentages and counts in the reader's locale, exactly as Intl writes them, mostly looked
 * up rather than formatted: a format call costs about 20 microseconds here, and the helpfulness
 * chart names up to 300 newly plotted reviews with four numbers each (11 ms on the first filter).
 */
const percentFormat = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 0,
});
const countFormat = new Intl.NumberFormat();

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
