import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { FIXTURE_URL } from '../testing/fixtures';
import { renderWithData, resetViewState } from '../testing/render';

const search = `?data=${FIXTURE_URL}`;

describe('what is searched for, as chips', () => {
  beforeEach(resetViewState);

  it('shows each word and phrase searched for, each removable, focus staying in the row', async () => {
    const { user } = renderWithData(<App search={search} />);
    const box = await screen.findByRole('searchbox', { name: 'Search reviews' });
    await user.type(box, 'Tonny "his dad" -zebra');
    const chips = await screen.findByRole('list', { name: 'Searching for' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['Tonny×', 'his dad×']);
    await user.click(within(chips).getByRole('button', { name: 'Remove Tonny' }));
    expect(box).toHaveValue('"his dad" -zebra');
    const left = within(screen.getByRole('list', { name: 'Searching for' })).getByRole('button', {
      name: 'Remove his dad',
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(left).toHaveFocus();
    await user.click(left);
    expect(box).toHaveValue('-zebra');
    expect(screen.queryByRole('list', { name: 'Searching for' })).not.toBeInTheDocument();
  });
});
