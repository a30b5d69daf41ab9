import { memo } from 'react';
import { countOf, countText } from '@/components/format';
import { ratingsInWords } from '@/query/rating-words';
import {
  RATING_KEYS,
  sameRatingCounts,
  type RatingCounts,
  type RatingKey,
} from '@/query/view-query';
import { useAfterPaint } from '@/lib/schedule';
import { useRatingFilter, useViewActions } from '@/store/view-store';
import { ChartFigure } from './chart-figure';

/** The scores, in the rating filter's order: 10 at the top, 1 at the bottom. */
const SCORES = RATING_KEYS.filter((key) => key !== 'unrated');

/** A bar's name starts with what it shows, its score then its count: `9: 1 review`. */
export function ratingBarName(key: RatingKey, count: number): string {
  return `${key === 'unrated' ? 'Unrated' : key}: ${countOf(count, 'review')}`;
}

interface RatingChartProps {
  /** Counts over every filter except the rating filter, so the other ratings stay visible. */
  counts: RatingCounts;
}

interface RatingChartViewProps extends RatingChartProps {
  chosen: readonly RatingKey[];
}

/**
 * The chart, with the rating filter's choices a painted frame behind, like the rest of the charts:
 * choosing a rating re-renders the list and the filter in the frame that answers it, and the bars
 * in the charts' frame.
 */
export function RatingChart({ counts }: RatingChartProps) {
  const chosen = useAfterPaint(useRatingFilter());
  return <RatingChartBody counts={counts} chosen={chosen} />;
}

/** Redrawn only when a count or a choice changes. */
const RatingChartBody = memo(
  RatingChartView,
  (before, after) =>
    before.chosen === after.chosen && sameRatingCounts(before.counts, after.counts),
);

/** The chart's numbers, and which ratings are chosen. */
function RatingTable({ counts, chosen }: RatingChartViewProps) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Rating</th>
          <th scope="col">Reviews</th>
          <th scope="col">Chosen</th>
        </tr>
      </thead>
      <tbody>
        {RATING_KEYS.map((key) => (
          <tr key={key}>
            <td>{key === 'unrated' ? 'Unrated' : key}</td>
            <td>{countText(counts[key])}</td>
            <td>{chosen.includes(key) ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * One bar per score, 10 down to 1 as in the rating filter, each a button (touch-sized) that
 * chooses its score and carries its count, its length the score's share of the reviews shown.
 * Reviews without a rating are not a bar but are counted in that share; they are said in words
 * below.
 */
function RatingChartView({ counts, chosen }: RatingChartViewProps) {
  const { toggleRating } = useViewActions();
  // Each bar is its share of every review shown, the unrated included: one score among 25 reviews
  // is a short bar, not the chart's whole width.
  const shown = Math.max(
    1,
    RATING_KEYS.reduce((sum, key) => sum + counts[key], 0),
  );
  const unrated = counts.unrated;
  return (
    <ChartFigure
      title="Rating distribution"
      caption={`${ratingsInWords(counts)}. Each bar is its share of the ${countOf(shown, 'review')}; choose one to filter by it.`}
      chart={
        <div className="rating-bars">
          <ul className="rating-bars__list">
            {SCORES.map((key) => {
              const count = counts[key];
              return (
                <li key={key}>
                  <button
                    type="button"
                    className="rating-bar"
                    aria-label={ratingBarName(key, count)}
                    aria-pressed={chosen.includes(key)}
                    onClick={() => toggleRating(key)}
                  >
                    <span className="rating-bar__score" aria-hidden="true">
                      {key}
                    </span>
                    <span className="rating-bar__track" aria-hidden="true">
                      <span
                        className="rating-bar__fill"
                        style={{ width: `${(count / shown) * 100}%` }}
                      />
                    </span>
                    {/* What the bar reads, `9 1`, is the start of its name. */}{' '}
                    <span className="rating-bar__count" aria-hidden="true">
                      {countText(count)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {unrated > 0 ? (
            <p className="rating-bars__unrated">
              <button
                type="button"
                className="link-button"
                aria-pressed={chosen.includes('unrated')}
                onClick={() => toggleRating('unrated')}
              >
                {ratingBarName('unrated', unrated)}
              </button>{' '}
              state no rating.
            </p>
          ) : null}
        </div>
      }
      table={<RatingTable counts={counts} chosen={chosen} />}
    />
  );
}
