import { memo, useId } from 'react';
import { dayText } from '@/components/format';
import type { Review } from '@/data/review-schema';
import { useIsRevealed, useViewActions } from '@/store/view-store';
import { HelpfulVote } from './helpful-vote';
import { Highlight } from './highlight';
import { ReviewBody } from './review-body';

interface ReviewCardProps {
  review: Review;
  datasetKey: string;
  query: string;
  /** Chosen from a chart: drawn out so the eye finds it. */
  spotlit?: boolean;
}

export const ReviewCard = memo(function ReviewCard({
  review,
  datasetKey,
  query,
  spotlit = false,
}: ReviewCardProps) {
  const headingId = useId();
  const bodyId = useId();
  const revealed = useIsRevealed(datasetKey, review.id);
  const { revealSpoiler, concealSpoiler } = useViewActions();
  const hidden = review.spoiler && !revealed;
  return (
    <article
      className={spotlit ? 'review review--spotlit' : 'review'}
      aria-labelledby={headingId}
      data-review-id={review.id}
      tabIndex={-1}
    >
      <header className="review__header">
        <h3 id={headingId} className="review__title">
          {review.title === null ? (
            'Untitled review'
          ) : (
            <Highlight text={review.title} query={query} />
          )}
        </h3>
        <div className="review__badges">
          {review.rating !== null ? (
            <span className="badge badge--rating">
              <span aria-hidden="true">★ </span>
              {review.rating}/10
            </span>
          ) : null}
          {review.spoiler ? <span className="badge badge--spoiler">Warning: Spoilers</span> : null}
        </div>
        <p className="review__meta">
          <span className="review__author">
            {review.author === null ? (
              'Anonymous'
            ) : (
              <Highlight text={review.author} query={query} />
            )}
          </span>
          <span aria-hidden="true"> · </span>
          <time dateTime={review.date ?? undefined}>{dayText(review.date)}</time>
        </p>
      </header>
      {review.spoiler ? (
        <button
          type="button"
          className="button button--small spoiler-button"
          aria-expanded={revealed}
          aria-controls={revealed ? bodyId : undefined}
          onClick={() => (revealed ? concealSpoiler : revealSpoiler)(datasetKey, review.id)}
        >
          {revealed ? 'Hide spoiler' : 'Show spoiler'}
        </button>
      ) : null}
      {hidden ? null : <ReviewBody body={review.body} query={query} bodyId={bodyId} />}
      <HelpfulVote datasetKey={datasetKey} reviewId={review.id} helpful={review.helpful} />
    </article>
  );
});
