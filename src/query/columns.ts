import type { Dataset } from '@/data/review-schema';
import { wilsonLowerBound } from './wilson';

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

export function computeColumns(dataset: Dataset): Columns {
  const size = dataset.reviews.length;
  const wilson = new Float64Array(size);
  const votes = new Float64Array(size);
  const day = new Float64Array(size);
  const month = new Int32Array(size);
  const rating = new Uint8Array(size);
  const length = new Float64Array(size);
  const spoiler = new Uint8Array(size);
  let firstMonth = -1;
  let lastMonth = -1;
  dataset.reviews.forEach((review, i) => {
    wilson[i] = wilsonLowerBound(review.helpful.up, review.helpful.total);
    votes[i] = review.helpful.total;
    day[i] = dayNumber(review.date);
    const key =
      review.date === null
        ? -1
        : Number(review.date.slice(0, 4)) * 12 + Number(review.date.slice(5, 7)) - 1;
    month[i] = key;
    if (key >= 0) {
      if (firstMonth === -1 || key < firstMonth) firstMonth = key;
      if (key > lastMonth) lastMonth = key;
    }
    rating[i] = review.rating ?? 0;
    length[i] = review.body.length;
    spoiler[i] = review.spoiler ? 1 : 0;
  });
  return {
    wilson,
    votes,
    day,
    month,
    monthRange: [firstMonth, lastMonth],
    rating,
    length,
    spoiler,
  };
}

/** A review's fields as search reads them, each apart. */
export function searchFields(review: Dataset['reviews'][number]): Array<string | null> {
  return [review.title, review.body, review.author];
}
