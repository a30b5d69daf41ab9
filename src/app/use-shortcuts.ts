import { useEffect, type RefObject } from 'react';

interface ShortcutHandlers {
  next: () => void;
  previous: () => void;
  search: RefObject<HTMLInputElement | null>;
  shortcuts: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
      target.type,
    );
  }
  return false;
}

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
function toggleReview() {
  const review = focusedReview();
  const button = reviewButton(review, /^(Read more|Show less)$/);
  if (!review || !button) return;
  button.click();
  // Focus stays in the review (opened during a search, on the paragraph of the first match).
  if (!review.contains(document.activeElement)) review.focus({ preventScroll: true });
}

/**
 * j / k move between reviews, o opens the focused one and c copies its link, / goes to search,
 * ? lists the shortcuts; never while typing.
 */
export function useShortcuts({ next, previous, search, shortcuts }: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const actions: Record<string, () => void> = {
        j: next,
        k: previous,
        o: toggleReview,
        c: () => reviewButton(focusedReview(), /^Copy link$/)?.click(),
        '/': () => search.current?.focus(),
        '?': shortcuts,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [next, previous, search, shortcuts]);
}
