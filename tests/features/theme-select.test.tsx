import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ThemeSelect } from '@/features/controls/theme-select';
import { preferencesStoreApi } from '@/store/preferences-store';
import { resetViewState } from '../testing/render';

describe('the theme', () => {
  beforeEach(resetViewState);

  it('offers Light, Dark and System, System keeping no stored choice', async () => {
    const user = userEvent.setup();
    render(<ThemeSelect />);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Light', 'Dark', 'System']);
    expect(theme).toHaveValue('system');
    await user.selectOptions(theme, 'Dark');
    expect(preferencesStoreApi.getState().theme).toBe('dark');
    expect(localStorage.getItem('reviewscope.theme.v1')).toBe('"dark"');
    await user.selectOptions(theme, 'System');
    expect(preferencesStoreApi.getState().theme).toBeNull();
    expect(localStorage.getItem('reviewscope.theme.v1')).toBeNull();
  });
});
