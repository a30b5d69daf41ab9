import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { viewStoreApi } from '@/store/view-store';
import { FIXTURE_URL } from '../testing/fixtures';
import { renderWithData, resetViewState } from '../testing/render';

const search = `?data=${encodeURIComponent(FIXTURE_URL)}`;

describe('date range', () => {
  beforeEach(resetViewState);

  it('keeps reviews dated within From and To, and none undated', async () => {
    const { user } = renderWithData(<App search={search} />);
    const group = await screen.findByRole('group', { name: 'Date' });
    const from = within(group).getByLabelText('From');
    const to = within(group).getByLabelText('To');
    expect(from).toHaveAttribute('type', 'date');
    await user.type(from, '2005-01-01');
    expect(viewStoreApi.getState().from).toBe('2005-01-01');
    const shown = screen.getByRole('status').textContent ?? '';
    expect(shown).toMatch(/^Showing \d+ of 5 reviews$/);
    await user.type(to, '2005-12-31');
    expect(viewStoreApi.getState().to).toBe('2005-12-31');
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
    expect(viewStoreApi.getState().from).toBeNull();
    expect(viewStoreApi.getState().to).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 reviews');
  });

  it("follows a date input's values as a year is typed digit by digit", async () => {
    renderWithData(<App search={search} />);
    const group = await screen.findByRole('group', { name: 'Date' });
    const from = within(group).getByLabelText('From');
    // What a browser's date input reports after each digit of 2005 typed into its year.
    for (const value of ['0002-03-15', '0020-03-15', '0200-03-15', '2005-03-15']) {
      fireEvent.change(from, { target: { value } });
      expect(from).toHaveValue(value);
      expect(viewStoreApi.getState().from).toBe(value);
    }
  });
});
