import { useEffect, useState } from 'react';
import { readReviewParam } from '@/data/dataset-key';
import type { Dataset } from '@/data/review-schema';
import { spotlightReview } from '@/store/spotlight';

/** What became of the review a link names (`?review=ID`) in the view on screen. */
export type LinkedReview =
  { kind: 'none' } | { kind: 'hidden'; id: string } | { kind: 'missing'; id: string };

/**
 * Brings the review the address names into view and focuses it, once; while the view hides it,
 * says so, so the page can offer to show it. (The page is made afresh for each dataset.)
 */
export function useLinkedReview(dataset: Dataset, indices: Int32Array): LinkedReview {
  const [wanted, setWanted] = useState(() => readReviewParam(window.location.search));
  useEffect(() => {
    const onPopState = () => setWanted(readReviewParam(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const position =
    wanted === null ? -1 : indices.findIndex((i) => dataset.reviews[i]?.id === wanted);
  useEffect(() => {
    if (wanted === null || position < 0) return undefined;
    spotlightReview(wanted, false);
    // Done: later changes of the view do not bring it back.
    const frame = requestAnimationFrame(() => setWanted(null));
    return () => cancelAnimationFrame(frame);
  }, [wanted, position]);
  if (wanted === null || position >= 0) return { kind: 'none' };
  return dataset.reviews.some((review) => review.id === wanted)
    ? { kind: 'hidden', id: wanted }
    : { kind: 'missing', id: wanted };
}
