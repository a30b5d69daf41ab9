// Reading one cell of a review table as a field of a review. Cells come from CSV (always text)
// or JSON (text, numbers, booleans, arrays); every reader takes what it is given and answers
// null for what it cannot read, so one odd cell costs only its own field.

export type RatingScale = 'auto' | '10' | '5' | '100';
export type DateOrder = 'dmy' | 'mdy';

/** Values that tables write for "nothing here". */
const ABSENT = new Set(['', '\\n', 'na', 'n/a', 'nan', 'null', 'none', 'undefined', '-']);

/** A cell as trimmed text, or null when it holds nothing. */
export function cellText(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.trim();
    return ABSENT.has(text.toLowerCase()) ? null : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** A count written `1,413`, `1 413` or `1413`; null for anything else. */
function readCount(text: string): number | null {
  const plain = text.replace(/[,\s\u00a0\u202f]/g, '');
  if (!/^\d{1,15}$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isSafeInteger(value) ? value : null;
}

function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = cellText(value);
  if (text === null) return null;
  const plain = text.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

const OUT_OF = /^(\d+(?:[.,]\d+)?)\s*(?:\/|out of|of)\s*(\d+)\b/i;

/**
 * A score as a rating from 1 to 10. `8/10`, `4/5`, `80/100` carry their own scale; a bare number
 * is read on `scale` (`auto` takes it as 1-10). A score outside its scale is no score.
 */
export function readRating(value: unknown, scale: RatingScale): number | null {
  const text = typeof value === 'number' ? String(value) : cellText(value);
  if (text === null) return null;
  const fraction = OUT_OF.exec(text);
  let score: number;
  let top: number;
  if (fraction) {
    score = Number((fraction[1] ?? '').replace(',', '.'));
    top = Number(fraction[2]);
    if (top !== 5 && top !== 10 && top !== 100) return null;
  } else {
    const number = readNumber(text.replace(/\s*(stars?|points?)$/i, ''));
    if (number === null) return null;
    score = number;
    top = scale === 'auto' ? 10 : Number(scale);
  }
  if (top === 100) {
    if (score < 0 || score > 100) return null;
    return Math.max(1, Math.round(score / 10));
  }
  if (score < 1 || score > top) return null;
  return Math.round((score * 10) / top);
}

/** The scale a column's bare numbers are most likely on: over 10 is 0-100, all within 1-5 is 1-5. */
export function proposeScale(values: readonly unknown[]): RatingScale {
  let max = -Infinity;
  let numbers = 0;
  for (const value of values) {
    const text = cellText(value);
    if (text === null || OUT_OF.test(text)) continue;
    const number = readNumber(text);
    if (number === null) continue;
    numbers += 1;
    max = Math.max(max, number);
  }
  if (numbers === 0) return 'auto';
  if (max > 10) return '100';
  // A handful of low scores could be a 1-10 column's; many that never pass 5 are a 1-5 column.
  if (max <= 5 && numbers >= 20) return '5';
  return '10';
}

/** Helpful votes: `{up, total}`, from a count, `X out of Y`, `[up, total]`, or up and down counts. */
export function readHelpful(
  value: unknown,
  down: unknown = null,
): { up: number; total: number } | null {
  let up: number | null = null;
  let total: number | null = null;
  if (Array.isArray(value)) {
    const [first, second]: unknown[] = value;
    up = typeof first === 'number' && Number.isSafeInteger(first) ? first : null;
    total = typeof second === 'number' && Number.isSafeInteger(second) ? second : null;
  } else {
    const text = cellText(value);
    if (text !== null) {
      const outOf = /^([\d,\s]+?)\s*(?:out of|of|\/)\s*([\d,\s]+?)(?:\s|$)/i.exec(text);
      if (outOf) {
        up = readCount(outOf[1] ?? '');
        total = readCount(outOf[2] ?? '');
      } else {
        up = readCount(text.replace(/\.0+$/, ''));
      }
    }
  }
  if (up === null || up < 0) return null;
  if (total === null) {
    const downText = cellText(down);
    const downCount = downText === null ? 0 : (readCount(downText.replace(/\.0+$/, '')) ?? 0);
    total = up + downCount;
  }
  return total >= up ? { up, total } : null;
}

const TRUE_WORDS = /^(true|yes|y|1|t|spoiler|spoilers|warning: spoilers)$/i;

/** A spoiler mark: true, 1, yes, `Spoiler`; anything else is no spoiler. */
export function readSpoiler(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  const text = cellText(value);
  return text !== null && TRUE_WORDS.test(text);
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

function monthOf(name: string): number | null {
  const key = name.slice(0, 3).toLowerCase();
  const index = (MONTHS as readonly string[]).indexOf(key);
  return index === -1 ? null : index + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1888 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function fromEpoch(value: number): string | null {
  // Seconds up to the year 2286, milliseconds after 2001: a 9-10 digit number is seconds.
  const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[T\s,])/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

/**
 * A date as ISO `yyyy-mm-dd`: ISO (with or without a time), `2024/11/19`, `Dec 5, 2025`,
 * `23 August 2017`, epoch seconds or milliseconds, and `03/04/2005` read in `order`.
 */
export function readDate(value: unknown, order: DateOrder = 'mdy'): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? fromEpoch(value) : null;
  const text = cellText(value);
  if (text === null) return null;
  let match = ISO.exec(text);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = Number(match[3]);
    return order === 'dmy' ? isoDay(year, second, first) : isoDay(year, first, second);
  }
  match = MONTH_FIRST.exec(text);
  if (match) {
    const month = monthOf(match[1] ?? '');
    return month === null ? null : isoDay(Number(match[3]), month, Number(match[2]));
  }
  match = DAY_FIRST.exec(text);
  if (match) {
    const month = monthOf(match[2] ?? '');
    return month === null ? null : isoDay(Number(match[3]), month, Number(match[1]));
  }
  if (/^\d{9,13}(\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  return null;
}

/**
 * How a column's `03/04/2005` dates are ordered: a day over 12 in one place settles it for the
 * whole column. `settled` is false when no value tells (the reader is asked).
 */
export function proposeDateOrder(values: readonly unknown[]): {
  order: DateOrder;
  settled: boolean;
  numeric: boolean;
} {
  let firstOver = false;
  let secondOver = false;
  let numeric = false;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const match = NUMERIC.exec(value.trim());
    if (!match) continue;
    numeric = true;
    if (Number(match[1]) > 12) firstOver = true;
    if (Number(match[2]) > 12) secondOver = true;
  }
  if (firstOver && !secondOver) return { order: 'dmy', settled: true, numeric };
  if (secondOver && !firstOver) return { order: 'mdy', settled: true, numeric };
  return { order: 'mdy', settled: !numeric, numeric };
}

/** A film's year from `1995`, `1995-12-15`, `Dec 15, 1995` or the like. */
export function readYear(value: unknown): number | null {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1888 && value <= 2200 ? value : null;
  const text = cellText(value);
  if (text === null) return null;
  const match = /(?:^|\D)(1[89]\d\d|2[01]\d\d)(?:\D|$)/.exec(text);
  return match ? Number(match[1]) : null;
}

/** A film cell as title and year: `Heat (1995)` gives the year from its brackets. */
export function readFilm(value: unknown): { title: string; year: number | null } | null {
  const text = cellText(value);
  if (text === null) return null;
  const match = /^(.*\S)\s*\((\d{4})(?:[–-]\d{0,4})?\)$/.exec(text);
  if (match) return { title: match[1] ?? text, year: readYear(match[2]) };
  return { title: text, year: null };
}
