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

// The review keys' code loads when one is first pressed.
const reviewKeys = () => import('./review-keys');

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
        o: () => void reviewKeys().then((keys) => keys.toggleReview()),
        c: () => void reviewKeys().then((keys) => keys.copyReviewLink()),
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
