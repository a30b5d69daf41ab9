import { countOf, countText, decimalText, listText } from '@/components/format';
import { ratingSummary, type RatingSummary } from './rating-summary';
import { RATING_KEYS, type RatingCounts, type RatingKey } from './view-query';

/** Below this many stated ratings the scores themselves are listed beside the mean. */
export const LIST_SCORES_BELOW = 10;

/** The stated scores, lowest first, each as often as it was given: `5, 7, 9`. */
export function listedScores(counts: RatingCounts): string {
  const scores: string[] = [];
  for (const key of [...RATING_KEYS].reverse()) {
    if (key === 'unrated') continue;
    for (let n = 0; n < counts[key]; n += 1) scores.push(String(key));
  }
  return scores.join(', ');
}

/**
 * The mean with the sample it comes from, and the scores when there are few: `Mean 7.0 from only
 * 3 of 25 reviews: 5, 7, 9`. A mean of a handful of scores is not a rating of the film.
 */
export function meanWords(summary: RatingSummary, counts: RatingCounts): string {
  if (summary.mean === null) {
    return summary.of === 0 ? 'No reviews' : `No rating stated in ${countOf(summary.of, 'review')}`;
  }
  const thin = summary.rated < LIST_SCORES_BELOW || summary.rated * 2 < summary.of;
  const sample =
    summary.rated === summary.of
      ? `all ${countOf(summary.of, 'review')}`
      : `${thin ? 'only ' : ''}${countText(summary.rated)} of ${countOf(summary.of, 'review')}`;
  const mean = `Mean ${decimalText(summary.mean)} from ${sample}`;
  return summary.rated < LIST_SCORES_BELOW ? `${mean}: ${listedScores(counts)}` : mean;
}

/** Chosen ratings in words: `9, 10 and Unrated`. */
export function ratingLabelList(ratings: readonly RatingKey[]): string {
  return listText(ratings.map((key) => (key === 'unrated' ? 'Unrated' : String(key))));
}

/** The ratings among `counts` in one line (see meanWords). */
export function ratingsInWords(counts: RatingCounts): string {
  return meanWords(ratingSummary(counts), counts);
}

/** The ratings in a phone's line: `3 of 25 rated: 5, 7, 9`, or `812 of 1,500 rated, mean 7.2`. */
export function ratingsInShort(counts: RatingCounts): string {
  const summary = ratingSummary(counts);
  if (summary.mean === null) return `None of ${countOf(summary.of, 'review')} rated`;
  const rated = `${countText(summary.rated)} of ${countText(summary.of)} rated`;
  return summary.rated < LIST_SCORES_BELOW
    ? `${rated}: ${listedScores(counts)}`
    : `${rated}, mean ${decimalText(summary.mean)}`;
}
