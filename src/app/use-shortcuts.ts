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

/** j / k move between reviews, / goes to search, ? lists the shortcuts; never while typing. */
export function useShortcuts({ next, previous, search, shortcuts }: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const action = { j: next, k: previous, '/': () => search.current?.focus(), '?': shortcuts }[
        event.key
      ];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [next, previous, search, shortcuts]);
}
