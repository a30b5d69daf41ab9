import type { MouseEvent } from 'react';

/** The element the skip link leads to: the list of reviews (or a review on its own page). */
export const REVIEWS_TARGET = 'reviews';

function skip(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(REVIEWS_TARGET);
  if (!target) return;
  event.preventDefault();
  // The first review, so that j and k go on from it; the list itself while it has none.
  const first = target.querySelector<HTMLElement>('article') ?? target;
  first.focus();
}

/** The first tab stop: past the page's tools and controls, straight to the reviews. */
export function SkipLink() {
  return (
    <a className="skip-link" href={`#${REVIEWS_TARGET}`} onClick={skip}>
      Skip to reviews
    </a>
  );
}
