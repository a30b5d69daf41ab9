import { memo, useId } from 'react';
import { countOf, countText } from '@/components/format';
import {
  RATING_KEYS,
  sameRatingCounts,
  type RatingCounts,
  type RatingKey,
} from '@/query/view-query';
import { useRatingFilter, useViewActions } from '@/store/view-store';

export function ratingLabel(key: RatingKey): string {
  return key === 'unrated' ? 'Unrated' : String(key);
}

interface RatingFilterProps {
  /** Reviews per rating after every other filter, so a choice never hides the alternatives. */
  counts: RatingCounts;
}

/** Each query hands over new counts, mostly with the same numbers. */
const sameCounts = (a: RatingFilterProps, b: RatingFilterProps) =>
  sameRatingCounts(a.counts, b.counts);

export const RatingFilter = memo(function RatingFilter({ counts }: RatingFilterProps) {
  const chosen = useRatingFilter();
  const { toggleRating } = useViewActions();
  const id = useId();
  return (
    <fieldset className="rating-filter">
      <legend>Rating</legend>
      <div className="rating-filter__options">
        {RATING_KEYS.map((key) => {
          const count = counts[key];
          const countId = `${id}-${key}`;
          return (
            <div key={key} className="rating-filter__option" data-empty={count === 0 || undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(key)}
                  onChange={() => toggleRating(key)}
                  aria-describedby={countId}
                />
                {ratingLabel(key)}
              </label>
              <span className="rating-filter__count" aria-hidden="true">
                {countText(count)}
              </span>
              <span id={countId} className="visually-hidden">
                {countOf(count, 'review')}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}, sameCounts);
