import { useId } from 'react';
import { usePreferenceActions, useTheme, type Theme } from '@/store/preferences-store';

const SYSTEM = 'system';

/**
 * Light, Dark, or System: no stored choice, so the page follows the device's setting and changes
 * when it does.
 */
export function ThemeSelect() {
  const chosen = useTheme();
  const { chooseTheme } = usePreferenceActions();
  const id = useId();
  return (
    <div className="control control--inline control--theme">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={chosen ?? SYSTEM}
        onChange={(event) => {
          const value = event.target.value;
          chooseTheme(value === 'light' || value === 'dark' ? (value satisfies Theme) : null);
        }}
      >
        <option value="light">Light</option>
        <option value="dark">Dark</option>
        <option value={SYSTEM}>System</option>
      </select>
    </div>
  );
}
