import { RATING_KEYS, type RatingCounts } from './view-query';

// Apart from the charts' aggregates: the film's header line needs it before any chart loads.

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
