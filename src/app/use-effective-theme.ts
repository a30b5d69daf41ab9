import { useEffect, useSyncExternalStore } from 'react';
import { useTheme } from '@/store/preferences-store';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = globalThis.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => globalThis.matchMedia?.(QUERY).matches ?? false;

/** The reader's chosen theme, else the system's; applied to <html data-theme>. */
export function useEffectiveTheme(): 'light' | 'dark' {
  const chosen = useTheme();
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const effective = chosen ?? (systemDark ? 'dark' : 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);
  return effective;
}
