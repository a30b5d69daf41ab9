import type { DatasetSession } from './dataset-session';
import { granularityOf, periodKey, periodMonths, periodName, type Granularity } from './periods';
import { sortedOrder } from './run-query';

import { MOST_VOTED, tallyShown, type Tally, type TallyKeys } from './tally';

export interface TimelineBucket {
  /** `2005-03`, `2005`, `2000s`, `1900-1999` (see periods.ts). */
  period: string;
  total: number;
  spoiler: number;
  nonSpoiler: number;
  /** Mean stated rating of the bucket's rated reviews, null when none states one. */
  ratingMean: number | null;
  rated: number;
}

export interface Timeline {
  granularity: Granularity;
  buckets: TimelineBucket[];
  undated: number;
}

/** What a tally of `session` reads (see tallyShown). */
function tallyKeys(session: DatasetSession): TallyKeys {
  const { month, monthRange, spoiler, rating, votes } = session;
  return {
    month,
    monthRange,
    spoiler,
    rating,
    votes,
    byVotes: sortedOrder(session, 'votes'),
    // A tally runs between queries, never inside one: the queries' working arrays are free.
    scratch: { shown: session.workingMask(), places: session.workingIndices() },
  };
}

/**
 * The one pass the charts make over the shown reviews, made once per list of them: the timeline's
 * months and the helpfulness chart's points and count of reviews without votes come from it.
 */
function shownTally(session: DatasetSession, indices: Int32Array): Tally {
  const known = session.tallies.get(indices);
  if (known) return known;
  const tally = tallyShown(tallyKeys(session), indices);
  session.tallies.set(indices, tally);
  return tally;
}

/**
 * Reviews per period, gaps included: per month when the dated reviews span under two years, else
 * per year, decade, century or millennium, whichever keeps the periods few (see granularityOf).
 * The shown reviews are counted into the dataset's months (see shownTally), then the months are
 * grouped.
 */
export function timeline(session: DatasetSession, indices: Int32Array): Timeline {
  const firstMonth = session.monthRange[0];
  const { total, spoiler, rated, ratingSum, undated } = shownTally(session, indices);
  const months = total.length;
  let first = 0;
  while (first < months && total[first] === 0) first += 1;
  let last = months - 1;
  while (last >= first && total[last] === 0) last -= 1;
  if (first > last) return { granularity: 'year', buckets: [], undated };

  const granularity = granularityOf(first + firstMonth, last + firstMonth);
  const buckets: TimelineBucket[] = [];
  const lastKey = periodKey(granularity, last + firstMonth);
  // A period's months summed in locals: a span of millennia has 120,000 months, and a bucket
  // written month by month cost several milliseconds there.
  for (let key = periodKey(granularity, first + firstMonth); key <= lastKey; key += 1) {
    const [start, end] = periodMonths(granularity, key);
    const to = Math.min(last, end - firstMonth);
    let reviews = 0;
    let spoilers = 0;
    let ratings = 0;
    let sum = 0;
    for (let slot = Math.max(first, start - firstMonth); slot <= to; slot += 1) {
      reviews += total[slot] ?? 0;
      spoilers += spoiler[slot] ?? 0;
      ratings += rated[slot] ?? 0;
      sum += ratingSum[slot] ?? 0;
    }
    buckets.push({
      period: periodName(granularity, key),
      total: reviews,
      spoiler: spoilers,
      nonSpoiler: reviews - spoilers,
      rated: ratings,
      ratingMean: ratings === 0 ? null : sum / ratings,
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
  session: DatasetSession,
  indices: Int32Array,
  limit = MOST_VOTED,
): Helpfulness {
  const { reviews } = session.dataset;
  const { noVotes, mostVoted } = shownTally(session, indices);
  const voted = indices.length - noVotes;
  // Past MOST_VOTED points, a pass of its own keeps more.
  const kept =
    limit <= MOST_VOTED
      ? mostVoted.subarray(0, limit)
      : tallyShown(tallyKeys(session), indices, limit).mostVoted;
  const points = Array.from(kept, (index) => {
    const helpful = reviews[index]?.helpful ?? { up: 0, total: 0 };
    return {
      index,
      total: helpful.total,
      share: helpful.total === 0 ? 0 : helpful.up / helpful.total,
      wilson: session.wilson[index] ?? 0,
    };
  });
  points.sort((a, b) => a.total - b.total || a.share - b.share || a.index - b.index);
  return { points, noVotes, omitted: voted - kept.length };
}
