import { useCallback, useEffect, useState } from 'react';
import { linksReviewAlone, readReviewParam, withoutReview } from '@/data/dataset-key';
import type { Dataset } from '@/data/review-schema';
import { spotlightReview } from '@/store/spotlight';

/** What became of the review a link names (`?review=ID`) in the view on screen. */
export type LinkedReview =
  | { kind: 'none' }
  | { kind: 'hidden'; id: string }
  | { kind: 'missing'; id: string }
  /** The link names the review alone: it is shown on a page of its own. */
  | { kind: 'page'; index: number };

interface Wanted {
  id: string;
  alone: boolean;
}

function wantedIn(search: string): Wanted | null {
  const id = readReviewParam(search);
  return id === null ? null : { id, alone: linksReviewAlone(search) };
}

/**
 * The review the address names: alone, it has a page of its own; in a view, it is brought into
 * view and focused, once, and while the view hides it, that is said, so the page can offer to
 * show it. `seeAll` leaves a review's own page for the list, the review focused in it. (The page
 * is made afresh for each dataset.)
 */
export function useLinkedReview(
  dataset: Dataset,
  indices: Int32Array,
): { linked: LinkedReview; seeAll: () => void } {
  const [wanted, setWanted] = useState(() => wantedIn(window.location.search));
  useEffect(() => {
    const onPopState = () => setWanted(wantedIn(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const inList = wanted !== null && !wanted.alone;
  const position = inList ? indices.findIndex((i) => dataset.reviews[i]?.id === wanted.id) : -1;
  useEffect(() => {
    if (!inList || position < 0) return undefined;
    spotlightReview(wanted.id, false);
    // Done: later changes of the view do not bring it back.
    const frame = requestAnimationFrame(() => setWanted(null));
    return () => cancelAnimationFrame(frame);
  }, [wanted, inList, position]);
  const seeAll = useCallback(() => {
    const { state } = window.history;
    // The entry is the list's from now on (Back leaves the list, as it would have left the review).
    window.history.replaceState(state, '', withoutReview(window.location.href));
    setWanted((current) => (current === null ? null : { id: current.id, alone: false }));
  }, []);
  return { linked: linkedOf(dataset, wanted, position), seeAll };
}

function linkedOf(dataset: Dataset, wanted: Wanted | null, position: number): LinkedReview {
  if (wanted === null || position >= 0) return { kind: 'none' };
  const index = dataset.reviews.findIndex((review) => review.id === wanted.id);
  if (index < 0) return { kind: 'missing', id: wanted.id };
  return wanted.alone ? { kind: 'page', index } : { kind: 'hidden', id: wanted.id };
}
