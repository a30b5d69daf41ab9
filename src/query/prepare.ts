import type { Dataset } from '@/data/review-schema';
import { searchableText } from '@/lib/fold';
import { buildSearchIndex, type SearchIndex } from '@/lib/search-index';
import { wilsonLowerBound } from './wilson';

export interface SortedOrder {
  /** Indices into dataset.reviews, in the sort's order. */
  readonly order: Int32Array;
  /**
   * Each review's rating (low four bits, 0 when unrated) plus 16 when it is a spoiler, in the
   * same order: filtering reads them in memory order rather than at random.
   */
  readonly flags: Uint8Array;
}

/** Per-dataset keys computed once, so each interaction is one cheap pass. */
export interface PreparedDataset {
  readonly dataset: Dataset;
  readonly size: number;
  /** Folded title, body and author, for search. */
  readonly searchText: readonly string[];
  readonly wilson: Float64Array;
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
  /** Sorted orders, filled on first use of each sort. */
  readonly orders: Map<string, SortedOrder>;
  /** Matches per search term, reused while the reader changes sort or filters or keeps typing. */
  readonly termCache: Map<string, Uint8Array>;
  /**
   * The words of `searchText` and where they occur; null until built (large datasets build it
   * off the main thread or in slices after the first reviews show, and scan until then).
   */
  searchIndex: SearchIndex | null;
}

/** Up to this many reviews, the search index is built with the rest (about 25 ms). */
export const INDEX_AT_ONCE_UP_TO = 1000;

const DAY_MS = 86_400_000;

function dayNumber(iso: string | null): number {
  if (iso === null) return Number.NaN;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? Number.NaN : Math.round(time / DAY_MS);
}

export function prepareDataset(dataset: Dataset): PreparedDataset {
  const size = dataset.reviews.length;
  const searchText: string[] = new Array<string>(size);
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
    searchText[i] = searchableText(review.title, review.body, review.author);
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
    dataset,
    size,
    searchText,
    wilson,
    votes,
    day,
    month,
    monthRange: [firstMonth, lastMonth],
    rating,
    length,
    spoiler,
    orders: new Map(),
    termCache: new Map(),
    searchIndex: size <= INDEX_AT_ONCE_UP_TO ? buildSearchIndex(searchText) : null,
  };
}
