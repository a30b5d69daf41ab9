import { lazy, memo, Suspense, useId } from 'react';
import { FullText } from '@/components/full-text';
import { dayText } from '@/components/format';
import type { Review } from '@/data/review-schema';
import { NAME_LIMIT, shortenText, TITLE_LIMIT } from '@/lib/shorten-text';
import { useIsRevealed, usePreferenceActions } from '@/store/preferences-store';
import { CopyLink } from './copy-link';
import { HelpfulVote } from './helpful-vote';
import { Highlight } from './highlight';
import { ReviewBody } from './review-body';
import type { Marker } from '@/query/dataset-session';
import type { ToneKey } from '@/query/tone';

// The sentences that match a search load with the first search, not with the page.
const MatchingSentences = lazy(() =>
  import('./matching-sentences').then((module) => ({ default: module.MatchingSentences })),
);

interface ReviewCardProps {
  review: Review;
  datasetKey: string;
  /** Where to mark what the search asks for; null when nothing is searched. */
  marks: Marker | null;
  /** The tone inferred from its text, null until worked out. */
  tone?: ToneKey | null;
  /** Chosen from a chart: drawn out so the eye finds it. */
  spotlit?: boolean;
  /** On its own page: the whole text, never clamped. */
  whole?: boolean;
}

export const ReviewCard = memo(function ReviewCard({
  review,
  datasetKey,
  marks,
  tone = null,
  spotlit = false,
  whole = false,
}: ReviewCardProps) {
  const headingId = useId();
  const bodyId = useId();
  const revealed = useIsRevealed(datasetKey, review.id);
  const { revealSpoiler, concealSpoiler } = usePreferenceActions();
  const hidden = review.spoiler && !revealed;
  // A title or name of any length is displayed shortened (and stays a sensible heading for the
  // article); the whole of it is one button away.
  const title = review.title === null ? null : shortenText(review.title, TITLE_LIMIT);
  const author = review.author === null ? null : shortenText(review.author, NAME_LIMIT);
  return (
    <article
      className={spotlit ? 'review review--spotlit' : 'review'}
      aria-labelledby={headingId}
      data-review-id={review.id}
      tabIndex={-1}
    >
      <header className="review__header">
        <h3 id={headingId} className="review__title">
          {title === null ? 'Untitled review' : <Highlight text={title.shown} marks={marks} />}
        </h3>
        <div className="review__badges">
          {review.rating !== null ? (
            <span className="badge badge--rating">
              <span aria-hidden="true">★ </span>
              {review.rating}/10
            </span>
          ) : null}
          {tone === null ? null : (
            <span className={`badge badge--tone badge--${tone}`}>{`${tone} tone (inferred)`}</span>
          )}
          {review.spoiler ? <span className="badge badge--spoiler">Warning: Spoilers</span> : null}
        </div>
        <p className="review__meta">
          <span className="review__author">
            {author === null ? 'Anonymous' : <Highlight text={author.shown} marks={marks} />}
          </span>
          <span aria-hidden="true"> · </span>
          <time dateTime={review.date ?? undefined}>{dayText(review.date)}</time>
        </p>
        {review.title !== null && title?.shortened ? (
          <FullText what="title">
            <Highlight text={review.title} marks={marks} />
          </FullText>
        ) : null}
        {review.author !== null && author?.shortened ? (
          <FullText what="name">
            <Highlight text={review.author} marks={marks} />
          </FullText>
        ) : null}
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
      {marks === null ? null : (
        <Suspense fallback={null}>
          <MatchingSentences body={review.body} marks={marks} hidden={hidden} />
        </Suspense>
      )}
      {hidden ? null : (
        <ReviewBody body={review.body} marks={marks} bodyId={bodyId} whole={whole} />
      )}
      <HelpfulVote datasetKey={datasetKey} reviewId={review.id} helpful={review.helpful} />
      <CopyLink reviewId={review.id} />
    </article>
  );
});
