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

/** Reviews per year, or per month when the dated reviews span under two years; gaps included. */
export function timeline(prepared: PreparedDataset, indices: Int32Array): Timeline {
  let first = Infinity;
  let last = -Infinity;
  let undated = 0;
  for (const i of indices) {
    const month = prepared.month[i] ?? -1;
    if (month < 0) {
      undated += 1;
      continue;
    }
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (first === Infinity) return { granularity: 'year', buckets: [], undated };
  const granularity = last - first < 24 ? 'month' : 'year';
  const keyOf =
    granularity === 'month' ? (month: number) => month : (month: number) => Math.floor(month / 12);
  const start = keyOf(first);
  const size = keyOf(last) - start + 1;
  const total = new Int32Array(size);
  const spoiler = new Int32Array(size);
  const rated = new Int32Array(size);
  const ratingSum = new Float64Array(size);
  for (const i of indices) {
    const month = prepared.month[i] ?? -1;
    if (month < 0) continue;
    const slot = keyOf(month) - start;
    total[slot] = (total[slot] ?? 0) + 1;
    if (prepared.spoiler[i] === 1) spoiler[slot] = (spoiler[slot] ?? 0) + 1;
    const rating = prepared.rating[i] ?? 0;
    if (rating > 0) {
      rated[slot] = (rated[slot] ?? 0) + 1;
      ratingSum[slot] = (ratingSum[slot] ?? 0) + rating;
    }
  }
  const buckets: TimelineBucket[] = [];
  for (let slot = 0; slot < size; slot += 1) {
    const key = start + slot;
    const period =
      granularity === 'month'
        ? `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`
        : String(key);
    const n = total[slot] ?? 0;
    const s = spoiler[slot] ?? 0;
    const r = rated[slot] ?? 0;
    buckets.push({
      period,
      total: n,
      spoiler: s,
      nonSpoiler: n - s,
      rated: r,
      ratingMean: r === 0 ? null : (ratingSum[slot] ?? 0) / r,
    });
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
  let noVotes = 0;
  const voted: number[] = [];
  for (const i of indices) {
    if ((prepared.votes[i] ?? 0) === 0) noVotes += 1;
    else voted.push(i);
  }
  let kept = voted;
  if (voted.length > limit) {
    // The most-voted come from the precomputed "Most votes" order: one pass, no sort.
    const visible = new Uint8Array(prepared.size);
    for (const i of voted) visible[i] = 1;
    const chosen = new Uint8Array(prepared.size);
    let taken = 0;
    for (const i of sortedOrder(prepared, 'votes')) {
      if (taken === limit) break;
      if (visible[i] === 1) {
        chosen[i] = 1;
        taken += 1;
      }
    }
    kept = voted.filter((i) => chosen[i] === 1);
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
  return { points, noVotes, omitted: voted.length - kept.length };
}
