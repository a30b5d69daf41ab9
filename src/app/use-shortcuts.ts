import { useEffect } from 'react';
import type { ShortcutHandlers } from './shortcut-keys';

/**
 * The page's keys (see shortcut-keys): j / k move between reviews, o opens the focused one and c
 * copies its link, / goes to search, ? lists the shortcuts. Their code loads once the page is up,
 * not with the first paint; a key pressed before it is here does what it does on any page.
 */
export function useShortcuts({ next, previous, search, shortcuts }: ShortcutHandlers): void {
  useEffect(() => {
    let live = true;
    let onKeyDown: ((event: KeyboardEvent) => void) | null = null;
    import('./shortcut-keys').then(
      ({ onShortcutKey }) => {
        if (!live) return;
        onKeyDown = (event) => onShortcutKey(event, { next, previous, search, shortcuts });
        document.addEventListener('keydown', onKeyDown);
      },
      // Offline before it was ever fetched: the page works without its keys.
      () => undefined,
    );
    return () => {
      live = false;
      if (onKeyDown) document.removeEventListener('keydown', onKeyDown);
    };
  }, [next, previous, search, shortcuts]);
}
