import { memo, useMemo } from 'react';
import { countOf, countText } from '@/components/format';
import { meanWords } from '@/query/rating-words';
import { ratingSummary } from '@/query/rating-summary';
import type { DatasetSession } from '@/query/dataset-session';
import { yearName } from '@/lib/year-name';
import { emptyRatingCounts, type RatingCounts } from '@/query/view-query';

/** Every review's stated rating counted once per dataset (the header speaks of all of them). */
function allRatings(session: DatasetSession): RatingCounts {
  const counts = emptyRatingCounts();
  for (let i = 0; i < session.size; i += 1) {
    const stars = session.rating[i] ?? 0;
    const key = stars >= 1 && stars <= 10 ? (stars as keyof RatingCounts) : 'unrated';
    counts[key] += 1;
  }
  return counts;
}

/** The years the dated reviews span: `2004-2018`, or one year (`0050`, as the timeline writes it). */
export function yearSpan([first, last]: readonly [number, number]): string | null {
  if (first < 0 || last < 0) return null;
  const from = yearName(Math.floor(first / 12));
  const to = yearName(Math.floor(last / 12));
  return from === to ? from : `${from}-${to}`;
}

/**
 * The film's line under its title, in plain words: how many reviews there are (and how many the
 * page declared), the ratings with their sample, and the years the reviews were written.
 */
export const FilmSummary = memo(function FilmSummary({ session }: { session: DatasetSession }) {
  const { dataset } = session;
  const counts = useMemo(() => allRatings(session), [session]);
  const reviews = dataset.reviews.length;
  const declared = dataset.declaredReviewCount;
  const span = yearSpan(session.monthRange);
  const parts = [
    declared === null
      ? countOf(reviews, 'review')
      : `${countOf(reviews, 'review')} shown of ${countText(declared)} on IMDb's page`,
    meanWords(ratingSummary(counts), counts),
  ];
  if (span !== null) parts.push(`written ${span}`);
  return <p className="page-header__summary">{parts.join(' · ')}</p>;
});
