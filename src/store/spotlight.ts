import { useEffect, useRef } from 'react';

/** A review chosen elsewhere (a chart point, j and k): bring it into view; `mark` draws it out. */
export interface Spotlight {
  id: string;
  mark: boolean;
}

type Listener = (spotlight: Spotlight) => void;
const listeners = new Set<Listener>();

/**
 * Asks the review list to bring a review into view and focus it. An event, not state: choosing
 * the same review again brings it again, and nothing is left behind for the next dataset.
 */
export function spotlightReview(id: string, mark = true): void {
  for (const listener of listeners) listener({ id, mark });
}

/** Calls `listener` for each spotlight until the returned function is called. */
export function subscribeSpotlight(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Calls `listener` (its latest version) for each spotlight while the component is mounted. */
export function useSpotlightListener(listener: Listener): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribeSpotlight((spotlight) => latest.current(spotlight)), []);
}
