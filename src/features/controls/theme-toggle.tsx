import { usePreferenceActions, useTheme } from '@/store/preferences-store';

interface ThemeToggleProps {
  /** The theme in effect: the reader's choice, else the system's. */
  effective: 'light' | 'dark';
}

export function ThemeToggle({ effective }: ThemeToggleProps) {
  const chosen = useTheme();
  const { chooseTheme } = usePreferenceActions();
  const dark = effective === 'dark';
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-pressed={dark}
      title={chosen === null ? 'Following the system theme' : undefined}
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
    >
      Dark theme
    </button>
  );
}
