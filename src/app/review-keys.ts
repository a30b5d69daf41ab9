// What o and c do to the review that holds the focus, loaded with the first of them pressed.

/** The review that holds the focus. */
const focusedReview = () => document.activeElement?.closest('article') ?? null;

/** A button of a review, by what it says. */
function reviewButton(review: Element | null, words: RegExp): HTMLButtonElement | undefined {
  if (!review) return undefined;
  return [...review.querySelectorAll('button')].find((button) =>
    words.test(button.textContent.trim()),
  );
}

/** Opens or closes the focused review's text; the review keeps the focus. */
export function toggleReview(): void {
  const review = focusedReview();
  const button = reviewButton(review, /^(Read more|Show less)$/);
  if (!review || !button) return;
  button.click();
  // Focus stays in the review (opened during a search, on the paragraph of the first match).
  if (!review.contains(document.activeElement)) review.focus({ preventScroll: true });
}

/** Copies the focused review's link, as its Copy link button does. */
export function copyReviewLink(): void {
  reviewButton(focusedReview(), /^Copy link$/)?.click();
}
