import { useCallback, useEffect, useRef } from 'react';
import type { Dataset } from '@/data/review-schema';
import { spotlightReview } from '@/store/spotlight';

/**
 * j/k: the next or previous review in the shown order, from the last one moved to or one the
 * reader focused themselves. Kept apart from document focus, which lands a frame later, so quick
 * presses still advance.
 */
export function useReviewCursor(dataset: Dataset, indices: Int32Array) {
  const cursor = useRef<string | null>(null);
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const article =
        event.target instanceof Element ? event.target.closest('article[data-review-id]') : null;
      if (article) cursor.current = article.getAttribute('data-review-id');
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  const move = useCallback(
    (step: number) => {
      if (indices.length === 0) return;
      const id = cursor.current;
      const position = id === null ? -1 : indices.findIndex((i) => dataset.reviews[i]?.id === id);
      const target =
        position === -1 ? 0 : Math.min(Math.max(position + step, 0), indices.length - 1);
      const review = dataset.reviews[indices[target] ?? -1];
      if (!review) return;
      cursor.current = review.id;
      spotlightReview(review.id, false);
    },
    [indices, dataset],
  );
  const next = useCallback(() => move(1), [move]);
  const previous = useCallback(() => move(-1), [move]);
  return { next, previous };
}
