/**
 * Recognisers for the lines of a copied IMDb user-reviews page. Shared by the parser and the
 * formatter so that what one writes the other reads.
 */

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTH_PATTERN = MONTHS.join('|');

const HELPFUL_LINE = new RegExp(
  String.raw`^(\d{1,3}(?:,\d{3})*|\d+) out of (\d{1,3}(?:,\d{3})*|\d+) found this helpful\.?` +
    String.raw`(?:\s*Was this review helpful\?(?:\s*(?:\|\s*Report this|Sign in to vote\.?))?)?$`,
);
const RATING_LINE = /^(10|[1-9])\/10$/;
const SPOILER_LINE = /^Warning: Spoilers$/;
// The `s` flag lets `.` match U+2028 and U+2029, which a line may hold.
const AUTHOR_DATE_LINE = new RegExp(String.raw`^(.*?)(\d{1,2}) (${MONTH_PATTERN}) (\d{4})$`, 's');
const DECLARED_COUNT_LINE = /^(\d{1,3}(?:,\d{3})*|\d+) Reviews?$/;
const POSTER_LINE = /^(.*\S) \((\d{4})(?:[–-](?:\d{4})?)?\) Poster$/s;
const POSTER_LINE_NO_YEAR = /^(.*\S) Poster$/s;
const PERMALINK_LINE = /^Permalink(?::\s*(\S.*))?$/s;
/** Lines the page shows after a review's helpfulness line, before the next review. */
const AFTER_REVIEW_LINE =
  /^(?:Was this review helpful\?.*|Report this|Sign in to vote\.?|Permalink.*)$/s;
/** Navigation and controls seen above the first review. */
const CHROME_LINE =
  /^(?:User Reviews|Review this title|Sort by:?.*|Filter by Rating:?.*|Hide Spoilers|Show Spoilers|Load More|See all|All|Reviews)$/s;

export function parseCount(text: string): number {
  return Number(text.replace(/,/g, ''));
}

export interface HelpfulLine {
  up: number;
  total: number;
}

export function readHelpfulLine(line: string): HelpfulLine | null {
  const match = HELPFUL_LINE.exec(line);
  if (!match?.[1] || !match[2]) return null;
  return { up: parseCount(match[1]), total: parseCount(match[2]) };
}

/** A line that was meant to be a helpfulness line but cannot be read (e.g. cut off mid-copy). */
export function isBrokenHelpfulLine(line: string): boolean {
  return /found this helpful/i.test(line) && readHelpfulLine(line) === null;
}

export function readRatingLine(line: string): number | null {
  const match = RATING_LINE.exec(line);
  return match?.[1] ? Number(match[1]) : null;
}

export function isSpoilerLine(line: string): boolean {
  return SPOILER_LINE.test(line);
}

export function readDeclaredCount(line: string): number | null {
  const match = DECLARED_COUNT_LINE.exec(line);
  return match?.[1] ? parseCount(match[1]) : null;
}

export function readPosterLine(line: string): { title: string; year: number | null } | null {
  const withYear = POSTER_LINE.exec(line);
  if (withYear?.[1] && withYear[2]) return { title: withYear[1], year: Number(withYear[2]) };
  const noYear = POSTER_LINE_NO_YEAR.exec(line);
  if (noYear?.[1]) return { title: noYear[1], year: null };
  return null;
}

export function readPermalinkId(line: string): string | null {
  const match = PERMALINK_LINE.exec(line);
  return match?.[1]?.trim() ?? null;
}

export function isAfterReviewLine(line: string): boolean {
  return AFTER_REVIEW_LINE.test(line);
}

export function isChromeLine(line: string): boolean {
  return (
    CHROME_LINE.test(line) || readDeclaredCount(line) !== null || readPosterLine(line) !== null
  );
}

function isValidDay(year: number, monthIndex: number, day: number): boolean {
  if (day < 1) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(year, monthIndex, day);
  return date.getUTCMonth() === monthIndex && date.getUTCDate() === day;
}

export function isoDate(year: number, monthIndex: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface AuthorDate {
  author: string;
  date: string;
}

/**
 * Reads `Ulrik Sander-Pedersen11 March 2006`. The page glues the author to the day, so
 * `kimbo1722 March 2005` could be kimbo17 on the 22nd or kimbo172 on the 2nd: prefer the two-digit
 * day when it is a valid date and the name left does not end in `-` (IMDb appends `-N` to repeated
 * names, as in `alke-2`). A space before the day settles it either way.
 */
export function readAuthorDateLine(line: string): AuthorDate | null {
  const match = AUTHOR_DATE_LINE.exec(line);
  if (!match) return null;
  const [, head = '', digits = '', monthName = '', yearText = ''] = match;
  const monthIndex = MONTHS.indexOf(monthName as (typeof MONTHS)[number]);
  const year = Number(yearText);
  const candidates: Array<{ author: string; day: number }> = [];
  if (digits.length === 2) {
    const twoDigit = { author: head, day: Number(digits) };
    const oneDigit = { author: head + digits.charAt(0), day: Number(digits.charAt(1)) };
    const twoDigitFirst = /\s$/.test(head) || (head !== '' && !head.endsWith('-'));
    candidates.push(...(twoDigitFirst ? [twoDigit, oneDigit] : [oneDigit, twoDigit]));
  } else {
    candidates.push({ author: head, day: Number(digits) });
  }
  for (const candidate of candidates) {
    const author = candidate.author.trim();
    if (author === '' || !isValidDay(year, monthIndex, candidate.day)) continue;
    return { author, date: isoDate(year, monthIndex, candidate.day) };
  }
  return null;
}

/** The author/date line as the page writes it; a space is added only where gluing would misread. */
export function writeAuthorDateLine(author: string, date: string): string {
  const [yearText = '', monthText = '', dayText = ''] = date.split('-');
  const month = MONTHS[Number(monthText) - 1] ?? MONTHS[0];
  const tail = `${Number(dayText)} ${month} ${yearText}`;
  const glued = `${author}${tail}`;
  const read = readAuthorDateLine(glued);
  return read?.author === author && read.date === date ? glued : `${author} ${tail}`;
}

const STATED_RATING =
  /(?<![\d.,/])(10|[1-9])(?:[ \t]*\/[ \t]*10(?![\d/]|\.\d|,\d)| out of 10(?![\d.,]\d|\d))/g;

/** The last score a reviewer states in their own words: `9/10`, `7/10 stars`, `5 out of 10`. */
export function statedRating(text: string): number | null {
  let found: number | null = null;
  for (const match of text.matchAll(STATED_RATING)) {
    if (match[1]) found = Number(match[1]);
  }
  return found;
}
