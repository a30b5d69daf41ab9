import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a media query matches now, following it as it changes (a window resized, a phone
 * turned). Where the browser offers no matchMedia (tests in jsdom) it reads as `fallback`.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = globalThis.matchMedia?.(query);
      media?.addEventListener('change', onChange);
      return () => media?.removeEventListener('change', onChange);
    },
    [query],
  );
  const read = () => globalThis.matchMedia?.(query).matches ?? fallback;
  return useSyncExternalStore(subscribe, read, () => fallback);
}
