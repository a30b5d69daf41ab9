import type { Dataset } from '@/data/review-schema';

/**
 * Per-review numbers, one typed array each, computed once per dataset where it is read (in the
 * loader's worker for large datasets, whose arrays then move to the page without a copy). As a
 * type it is the plain object the loader sends; as a class, what holds those arrays as its own
 * (a DatasetSession is its columns).
 */
export class Columns {
  declare readonly wilson: Float64Array;
  /** Helpful votes cast. */
  declare readonly votes: Float64Array;
  /** Days since 1970, NaN when undated. */
  declare readonly day: Float64Array;
  /** year * 12 + month (0-11), -1 when undated: the timeline's bucket keys without Date objects. */
  declare readonly month: Int32Array;
  /** The earliest and latest `month` of a dated review; -1 for both when none is dated. */
  declare readonly monthRange: readonly [number, number];
  /** 1-10, 0 when unrated. */
  declare readonly rating: Uint8Array;
  declare readonly length: Float64Array;
  declare readonly spoiler: Uint8Array;

  constructor(columns: Columns) {
    const { wilson, votes, day, month, monthRange, rating, length, spoiler } = columns;
    Object.assign(this, { wilson, votes, day, month, monthRange, rating, length, spoiler });
  }
}

const DAY_MS = 86_400_000;

/** The yyyy-mm-dd of a day number (days since 1970). */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayNumber(iso: string | null): number {
  if (iso === null) return Number.NaN;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? Number.NaN : Math.round(time / DAY_MS);
}

type Review = Dataset['reviews'][number];

/** A review's fields as search reads them, each apart. */
export function searchFields(review: Review): Array<string | null> {
  return [review.title, review.body, review.author];
}
