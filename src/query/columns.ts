import type { Dataset } from '@/data/review-schema';

/**
 * Per-review numbers, one typed array each, computed once per dataset where it is read (in the
 * loader's worker for large datasets, whose arrays then move to the page without a copy).
 */
export interface Columns {
  readonly wilson: Float64Array;
  /** Helpful votes cast. */
  readonly votes: Float64Array;
  /** Days since 1970, NaN when undated. */
  readonly day: Float64Array;
  /** year * 12 + month (0-11), -1 when undated: the timeline's bucket keys without Date objects. */
  readonly month: Int32Array;
  /** The earliest and latest `month` of a dated review; -1 for both when none is dated. */
  readonly monthRange: readonly [number, number];
  /** 1-10, 0 when unrated. */
  readonly rating: Uint8Array;
  readonly length: Float64Array;
  readonly spoiler: Uint8Array;
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
