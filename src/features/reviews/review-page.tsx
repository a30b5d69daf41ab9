import { useEffect, useRef } from 'react';
import { countText } from '@/components/format';
import { REVIEWS_TARGET } from '@/components/skip-link';
import { withoutReview } from '@/data/dataset-key';
import type { Review } from '@/data/review-schema';
import type { ToneKey } from '@/query/tone';
import { ReviewCard } from './review-card';

interface ReviewPageProps {
  review: Review;
  /** How many reviews the dataset holds: the list the page leads back to. */
  total: number;
  datasetKey: string;
  tone: ToneKey | null;
  /** Shows the list (the review focused in it) in place of this page. */
  onSeeAll: () => void;
}

/** One review on a page of its own, whole, as a shared link opens it. */
export function ReviewPage({ review, total, datasetKey, tone, onSeeAll }: ReviewPageProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // Without scrolling: the way back to the list stays on the first screen, above the review.
    ref.current?.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
  }, [review.id]);
  const label = total === 1 ? 'See the list' : `See all ${countText(total)} reviews`;
  return (
    <section
      ref={ref}
      id={REVIEWS_TARGET}
      className="review-page"
      aria-labelledby="review-page-heading"
      tabIndex={-1}
    >
      <h2 id="review-page-heading" className="visually-hidden">
        A review
      </h2>
      <p className="review-page__back">
        <a
          href={withoutReview(window.location.href)}
          onClick={(event) => {
            // A plain click stays in the page; a middle click or one with a key opens a tab.
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onSeeAll();
          }}
        >
          <span aria-hidden="true">← </span>
          {label}
        </a>
      </p>
      <ReviewCard review={review} datasetKey={datasetKey} marks={null} tone={tone} whole />
    </section>
  );
}
