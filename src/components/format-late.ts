import { locale } from './format';

// Numbers only the parts that load after the first reviews write (the charts' axes, the library's
// room): kept out of the first bundle, in the page's language as format.ts writes the rest.

const compact = new Intl.NumberFormat(locale, { notation: 'compact' });

/** A count as a label that fits a narrow axis: `950`, `12K`, `1.2M`. */
export function compactText(value: number): string {
  return compact.format(value);
}

const bytesFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

/** A size in bytes the way people say it: `812 kB`, `1.4 MB`, `2 GB`. */
export function bytesText(value: number): string {
  if (value < 1e6) return `${bytesFormat.format(value / 1e3)} kB`;
  if (value < 1e9) return `${bytesFormat.format(value / 1e6)} MB`;
  return `${bytesFormat.format(value / 1e9)} GB`;
}
