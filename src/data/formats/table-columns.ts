import {
  cellText,
  proposeDateOrder,
  proposeScale,
  readDate,
  readHelpful,
  readRating,
  readYear,
  type DateOrder,
  type RatingScale,
} from './table-values';

// Which column holds which field of a review, proposed from the columns' names and what they
// hold; the reader can change every choice.

export const FIELDS = [
  'title',
  'text',
  'author',
  'date',
  'rating',
  'helpful',
  'helpfulDown',
  'spoiler',
  'film',
  'filmYear',
] as const;
export type Field = (typeof FIELDS)[number];

export interface ColumnMapping {
  /** Each field's column index, or null for none. */
  columns: Record<Field, number | null>;
  ratingScale: RatingScale;
  dateOrder: DateOrder;
}

export interface Proposal {
  mapping: ColumnMapping;
  /** False when the date column's `03/04/2005` dates could be read either way. */
  dateOrderSettled: boolean;
}

/** Names (as lower-case words joined by `_`) that say a field, best first. */
const NAMES: Record<Field, readonly RegExp[]> = {
  text: [
    /^(review_)?(text|content|body|detail|details)$/,
    /^review$/,
    /^(review|user|full)_?(review|text|content|body|comment)s?$/,
    /(^|_)(comment|comments|description|opinion|message)$/,
    /(^|_)(text|content|body)(_|$)/,
  ],
  title: [
    /^(review_)?(title|summary|headline|heading|subject)$/,
    /^(review|user)_?(title|summary|headline)$/,
    /(^|_)(headline|summary)(_|$)/,
  ],
  author: [
    /^(review_)?(author|reviewer|user|username|user_name|name|critic|by)$/,
    /^(author|reviewer|user|profile|display)_?(name|names)$/,
    /(^|_)(author|reviewer|username)(_|$)/,
    /^user_?id$/,
  ],
  date: [
    /^(review_)?(date|time|timestamp|datetime)$/,
    /^(date|time)_?(posted|published|created|reviewed|submitted)$/,
    /^(posted|published|created|reviewed|submitted|submission)(_at|_on|_date|_time)?$/,
    /(^|_)(date|time|timestamp)(_|$)/,
  ],
  rating: [
    /^(review_|user_|star_)?(rating|score|stars|grade)$/,
    /^(rating|score)_?(value|given)$/,
    /(^|_)(rating|score|stars)(_|$)/,
  ],
  helpful: [
    /^(helpful|helpfulness|found_helpful|useful)$/,
    /^(helpful|useful)_?(count|votes|yes)?_?(up)?$/,
    /^(up_?votes?|votes?_up|thumbs_up|likes|upvotes)$/,
    /(^|_)(helpful|upvotes?|likes)(_|$)/,
  ],
  helpfulDown: [
    /^(helpful|useful)_?(count_|votes_)?(down|no)$/,
    /^(down_?votes?|votes?_down|thumbs_down|dislikes|downvotes|not_helpful|unhelpful)$/,
    /(^|_)(downvotes?|dislikes|unhelpful)(_|$)/,
  ],
  spoiler: [/^(is_|has_|contains_)?spoilers?(_tag|_alert|_warning)?$/, /(^|_)spoilers?(_|$)/],
  film: [
    /^(movie|film|show|series)$/,
    /^(movie|film|show|series)_?(title|name)$/,
    /^(title|film_name|primary_title)$/,
    /(^|_)(movie|film)(_|$)/,
  ],
  filmYear: [
    /^(year|release_year|movie_year|film_year|start_year)$/,
    /^(release|premiere)_?(date|day)?$/,
    /(^|_)(year|release)(_|$)/,
  ],
};

/** Words that rule a field out whatever the rest of the name says. */
const NOT: Partial<Record<Field, RegExp>> = {
  title: /(movie|film|show|series)/,
  text: /(movie|film|title|url|link|id$)/,
  date: /(release|premiere|year)/,
  rating: /(helpful|vote|count|average|avg|imdb|metascore)/,
  author: /(url|link)/,
  helpful: /(down|no$|not|unhelpful|total)/,
};

export const words = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function nameScore(field: Field, name: string): number {
  const key = words(name);
  if (key === '' || NOT[field]?.test(key)) return 0;
  const patterns = NAMES[field];
  const index = patterns.findIndex((pattern) => pattern.test(key));
  return index === -1 ? 0 : 100 - index * 10;
}

interface ColumnFacts {
  filled: number;
  averageLength: number;
  distinct: number;
  dates: number;
  ratings: number;
  counts: number;
  years: number;
  flags: number;
}

function factsOf(values: readonly unknown[]): ColumnFacts {
  let filled = 0;
  let length = 0;
  let dates = 0;
  let ratings = 0;
  let counts = 0;
  let years = 0;
  let flags = 0;
  const seen = new Set<string>();
  for (const value of values) {
    const text = Array.isArray(value) ? JSON.stringify(value) : cellText(value);
    if (text === null) continue;
    filled += 1;
    length += text.length;
    if (seen.size < 1000) seen.add(text);
    if (readDate(value, 'mdy') !== null || readDate(value, 'dmy') !== null) dates += 1;
    if (readRating(value, '100') !== null) ratings += 1;
    if (readHelpful(value) !== null) counts += 1;
    if (readYear(value) !== null) years += 1;
    if (/^(true|false|yes|no|0|1|t|f|y|n)$/i.test(text)) flags += 1;
  }
  return {
    filled,
    averageLength: filled === 0 ? 0 : length / filled,
    distinct: seen.size,
    dates,
    ratings,
    counts,
    years,
    flags,
  };
}

/** Whether a column's content can be the field at all. */
function contentFits(field: Field, facts: ColumnFacts, rows: number): boolean {
  if (facts.filled === 0) return false;
  const most = (n: number) => n >= facts.filled * 0.8;
  switch (field) {
    case 'text':
      return facts.averageLength >= 20 || facts.distinct > 1;
    case 'title':
    case 'author':
      return facts.averageLength < 400;
    case 'date':
      return most(facts.dates);
    case 'rating':
      return most(facts.ratings);
    case 'helpful':
    case 'helpfulDown':
      return most(facts.counts);
    case 'spoiler':
      return most(facts.flags) || facts.distinct <= 3;
    case 'film':
      // A film column repeats: far fewer films than rows, and short names.
      return facts.averageLength < 300 && facts.distinct <= Math.max(5, rows / 2);
    case 'filmYear':
      return most(facts.years);
  }
}

/** Rows looked at to judge a column's content; the date order reads the whole column. */
const SAMPLE_ROWS = 500;

/** Proposes which column holds which field, from names first, then from content. */
export function proposeMapping(table: {
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
}): Proposal {
  const { columns, rows } = table;
  const sample = rows.slice(0, SAMPLE_ROWS);
  const facts = columns.map((_, index) => factsOf(sample.map((row) => row[index])));
  const chosen = Object.fromEntries(FIELDS.map((field) => [field, null])) as Record<
    Field,
    number | null
  >;
  const taken = new Set<number>();
  const candidates: Array<{ field: Field; column: number; score: number }> = [];
  for (const field of FIELDS) {
    columns.forEach((name, column) => {
      const fact = facts[column];
      if (!fact) return;
      const score = nameScore(field, name);
      if (score > 0 && contentFits(field, fact, sample.length))
        candidates.push({ field, column, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { field, column } of candidates) {
    if (chosen[field] !== null || taken.has(column)) continue;
    chosen[field] = column;
    taken.add(column);
  }
  // No column named as the text: the longest text, if it reads like prose.
  if (chosen.text === null) {
    let best: number | null = null;
    let bestLength = 40;
    facts.forEach((fact, column) => {
      if (!taken.has(column) && fact.averageLength > bestLength) {
        best = column;
        bestLength = fact.averageLength;
      }
    });
    if (best !== null) {
      chosen.text = best;
      taken.add(best);
    }
  }
  const at = (field: Field) => {
    const column = chosen[field];
    return column === null ? [] : rows.map((row) => row[column]);
  };
  const dateValues = at('date');
  const order = proposeDateOrder(dateValues);
  return {
    mapping: {
      columns: chosen,
      ratingScale: chosen.rating === null ? 'auto' : proposeScale(at('rating').slice(0, 5000)),
      dateOrder: order.order,
    },
    dateOrderSettled: order.settled,
  };
}

/** The date order a chosen column settles, for when the reader picks another date column. */
export function dateOrderFor(
  rows: readonly (readonly unknown[])[],
  column: number | null,
): { order: DateOrder; settled: boolean; numeric: boolean } {
  if (column === null) return { order: 'mdy', settled: true, numeric: false };
  return proposeDateOrder(rows.map((row) => row[column]));
}

/** The scale a chosen rating column's numbers suggest. */
export function scaleFor(
  rows: readonly (readonly unknown[])[],
  column: number | null,
): RatingScale {
  if (column === null) return 'auto';
  return proposeScale(rows.slice(0, 5000).map((row) => row[column]));
}

/** A key for a set of columns: the same columns in any order remember the same choice. */
export function columnsKey(columns: readonly string[]): string {
  return [...columns].map(words).sort().join('|');
}
