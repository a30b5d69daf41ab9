import type { PreparedDataset } from './prepare';
import { RATING_KEYS, sortedOrder, type RatingCounts } from './run-query';

export interface RatingSummary {
  /** Reviews that state a rating. */
  rated: number;
  /** All reviews counted, rated or not. */
  of: number;
  mean: number | null;
  median: number | null;
}

/** Mean and median stated rating from the per-rating counts. */
export function ratingSummary(counts: RatingCounts): RatingSummary {
  let rated = 0;
  let sum = 0;
  for (let r = 1; r <= 10; r += 1) {
    const n = counts[r as keyof RatingCounts];
    rated += n;
    sum += r * n;
  }
  const of = RATING_KEYS.reduce((total, key) => total + counts[key], 0);
  if (rated === 0) return { rated, of, mean: null, median: null };
  // The median of an even count is the mean of the two middle ratings.
  const valueAt = (position: number): number => {
    let seen = 0;
    for (let r = 1; r <= 10; r += 1) {
      seen += counts[r as keyof RatingCounts];
      if (seen > position) return r;
    }
    return 10;
  };
  const median =
    rated % 2 === 1 ? valueAt((rated - 1) / 2) : (valueAt(rated / 2 - 1) + valueAt(rated / 2)) / 2;
  return { rated, of, mean: sum / rated, median };
}

export interface TimelineBucket {
  /** `2005` or `2005-03`. */
  period: string;
  total: number;
  spoiler: number;
  nonSpoiler: number;
  /** Mean stated rating of the bucket's rated reviews, null when none states one. */
  ratingMean: number | null;
  rated: number;
}

export interface Timeline {
  granularity: 'year' | 'month';
  buckets: TimelineBucket[];
  undated: number;
}

function periodName(granularity: 'year' | 'month', key: number): string {
  return granularity === 'month'
    ? `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`
    : String(key);
}

const masks = new WeakMap<Int32Array, Uint8Array>();

/**
 * Under this share of the dataset shown, a pass reads the shown reviews' places directly: fewer
 * reads, even out of memory order, than a look at every review's mark.
 */
const SPARSE_SHARE = 1 / 4;

const isSparse = (prepared: PreparedDataset, indices: Int32Array) =>
  indices.length < prepared.size * SPARSE_SHARE;

/**
 * The shown reviews marked by their place in the dataset, made once per list of shown reviews
 * (the charts' pass and the helpfulness chart's choice of points read it; it is never written to
 * after). Passes over the mask read the per-review keys in memory order; following the display
 * order instead reads them at random (at 100,000 reviews that was several times slower, and the
 * slowest part of a chart update).
 */
function shownMask(size: number, indices: Int32Array): Uint8Array {
  const known = masks.get(indices);
  if (known?.length === size) return known;
  const shown = new Uint8Array(size);
  for (let k = 0; k < indices.length; k += 1) shown[indices[k] ?? 0] = 1;
  masks.set(indices, shown);
  return shown;
}

/** What the charts count of the shown reviews, per month of the dataset's range and overall. */
interface ShownCounts {
  prepared: PreparedDataset;
  total: Int32Array;
  spoiler: Int32Array;
  rated: Int32Array;
  ratingSum: Float64Array;
  undated: number;
  /** Shown reviews nobody has voted on. */
  noVotes: number;
}

const countsOf = new WeakMap<Int32Array, ShownCounts>();

/**
 * The one pass the charts make over the shown reviews, made once per list of them: the timeline's
 * months and the helpfulness chart's count of reviews without votes come from it.
 */
function shownCounts(prepared: PreparedDataset, indices: Int32Array): ShownCounts {
  const known = countsOf.get(indices);
  if (known?.prepared === prepared) return known;
  const [firstMonth, lastMonth] = prepared.monthRange;
  const months = firstMonth < 0 ? 0 : lastMonth - firstMonth + 1;
  const total = new Int32Array(months);
  const spoiler = new Int32Array(months);
  const rated = new Int32Array(months);
  const ratingSum = new Float64Array(months);
  const { month, spoiler: isSpoiler, rating, votes } = prepared;
  let undated = 0;
  let noVotes = 0;
  const add = (i: number) => {
    if ((votes[i] ?? 0) === 0) noVotes += 1;
    const key = month[i] ?? -1;
    if (key < 0) {
      undated += 1;
      return;
    }
    const slot = key - firstMonth;
    total[slot] = (total[slot] ?? 0) + 1;
    if (isSpoiler[i] === 1) spoiler[slot] = (spoiler[slot] ?? 0) + 1;
    const stars = rating[i] ?? 0;
    if (stars > 0) {
      rated[slot] = (rated[slot] ?? 0) + 1;
      ratingSum[slot] = (ratingSum[slot] ?? 0) + stars;
    }
  };
  if (isSparse(prepared, indices)) {
    for (let k = 0; k < indices.length; k += 1) add(indices[k] ?? 0);
  } else {
    const shown = shownMask(prepared.size, indices);
    for (let i = 0; i < shown.length; i += 1) if (shown[i] === 1) add(i);
  }
  const counts = { prepared, total, spoiler, rated, ratingSum, undated, noVotes };
  countsOf.set(indices, counts);
  return counts;
}

/**
 * Reviews per year, or per month when the dated reviews span under two years; gaps included.
 * The shown reviews are counted into the dataset's months (see shownCounts), then the months are
 * grouped.
 */
export function timeline(prepared: PreparedDataset, indices: Int32Array): Timeline {
  const firstMonth = prepared.monthRange[0];
  const { total, spoiler, rated, ratingSum, undated } = shownCounts(prepared, indices);
  const months = total.length;
  let first = 0;
  while (first < months && total[first] === 0) first += 1;
  let last = months - 1;
  while (last >= first && total[last] === 0) last -= 1;
  if (first > last) return { granularity: 'year', buckets: [], undated };

  const granularity = last - first < 24 ? 'month' : 'year';
  const keyOf =
    granularity === 'month'
      ? (slot: number) => slot + firstMonth
      : (slot: number) => Math.floor((slot + firstMonth) / 12);
  const buckets: TimelineBucket[] = [];
  let bucket: TimelineBucket | null = null;
  let bucketKey = -1;
  let sum = 0;
  for (let slot = first; slot <= last; slot += 1) {
    const key = keyOf(slot);
    if (bucket === null || key !== bucketKey) {
      bucket = {
        period: periodName(granularity, key),
        total: 0,
        spoiler: 0,
        nonSpoiler: 0,
        rated: 0,
        ratingMean: null,
      };
      bucketKey = key;
      sum = 0;
      buckets.push(bucket);
    }
    bucket.total += total[slot] ?? 0;
    bucket.spoiler += spoiler[slot] ?? 0;
    bucket.nonSpoiler = bucket.total - bucket.spoiler;
    bucket.rated += rated[slot] ?? 0;
    sum += ratingSum[slot] ?? 0;
    bucket.ratingMean = bucket.rated === 0 ? null : sum / bucket.rated;
  }
  return { granularity, buckets, undated };
}

export interface HelpfulnessPoint {
  /** Index into dataset.reviews. */
  index: number;
  total: number;
  share: number;
  wilson: number;
}

export interface Helpfulness {
  points: HelpfulnessPoint[];
  /** Reviews with no votes: counted, not plotted. */
  noVotes: number;
  /** Reviews with votes left out because only the most-voted `limit` are plotted. */
  omitted: number;
}

/**
 * One point per voted review (the most-voted `limit` of them), left to right: fewest votes first,
 * then lower share, then page order. The result depends on which reviews are shown, never on the
 * list's sort, so a change of sort leaves the chart as it is.
 */
export function helpfulness(
  prepared: PreparedDataset,
  indices: Int32Array,
  limit = 300,
): Helpfulness {
  const { reviews } = prepared.dataset;
  const { votes } = prepared;
  const { noVotes } = shownCounts(prepared, indices);
  const shown = shownMask(prepared.size, indices);
  const voted = indices.length - noVotes;
  // The most-voted come from the precomputed "Most votes" order: one pass, no sort.
  const kept: number[] = [];
  const wanted = Math.min(voted, limit);
  const byVotes = sortedOrder(prepared, 'votes');
  for (let k = 0; k < byVotes.length && kept.length < wanted; k += 1) {
    const i = byVotes[k] ?? 0;
    if (shown[i] === 1 && (votes[i] ?? 0) > 0) kept.push(i);
  }
  const points = kept.map((index) => {
    const helpful = reviews[index]?.helpful ?? { up: 0, total: 0 };
    return {
      index,
      total: helpful.total,
      share: helpful.total === 0 ? 0 : helpful.up / helpful.total,
      wilson: prepared.wilson[index] ?? 0,
    };
  });
  points.sort((a, b) => a.total - b.total || a.share - b.share || a.index - b.index);
  return { points, noVotes, omitted: voted - kept.length };
}
