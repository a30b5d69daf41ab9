import { useCallback, useSyncExternalStore } from 'react';

/** One list per query, read on every render of the page: made once, not per read. */
const lists = new Map<string, MediaQueryList | null>();

function listFor(query: string): MediaQueryList | null {
  let list = lists.get(query);
  if (list === undefined) {
    list = globalThis.matchMedia?.(query) ?? null;
    lists.set(query, list);
  }
  return list;
}

/**
 * Whether a media query matches now, following it as it changes (a window resized, a phone
 * turned). Where the browser offers no matchMedia (tests in jsdom) it reads as `fallback`.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = () => listFor(query)?.matches ?? fallback;
  return useSyncExternalStore(subscribe, read, () => fallback);
}
