import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { FIXTURE_URL } from '../testing/fixtures';
import { renderWithData, resetViewState } from '../testing/render';

const search = `?data=${FIXTURE_URL}`;

const articleTitles = () =>
  screen
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading').textContent ?? '');

describe('the tone inferred from the text', () => {
  beforeEach(resetViewState);

  it('is a group of checkboxes with counts outside their names, said to be inferred', async () => {
    renderWithData(<App search={search} />);
    const group = await screen.findByRole('group', { name: 'Tone' });
    expect(group).toHaveAccessibleDescription(
      'Inferred from the text. With 2 scored reviews, too few to tell how far it agrees with the scores.',
    );
    expect(within(group).getByRole('checkbox', { name: 'Positive' })).toHaveAccessibleDescription(
      '1 review',
    );
    expect(within(group).getByRole('checkbox', { name: 'Mixed' })).toHaveAccessibleDescription(
      '3 reviews',
    );
    expect(within(group).getByRole('checkbox', { name: 'Negative' })).toHaveAccessibleDescription(
      '1 review',
    );
  });

  it('filters the list, keeps the other tones counted, and narrows the rating counts', async () => {
    const { user } = renderWithData(<App search={search} />);
    const group = await screen.findByRole('group', { name: 'Tone' });
    await user.click(within(group).getByRole('checkbox', { name: 'Negative' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 reviews');
    expect(articleTitles()).toEqual(['Lacks the nerve']);
    expect(screen.getByText('negative tone (inferred)')).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Mixed' })).toHaveAccessibleDescription(
      '3 reviews',
    );
    expect(
      within(screen.getByRole('group', { name: 'Rating' })).getByRole('checkbox', {
        name: 'Unrated',
      }),
    ).toHaveAccessibleDescription('1 review');
    await user.click(within(group).getByRole('checkbox', { name: 'Positive' }));
    expect(articleTitles()).toEqual(['Even better than the first', 'Lacks the nerve']);
  });

  it('sorts the most helpful of a tone first, and labels every card as inferred', async () => {
    const { user } = renderWithData(<App search={search} />);
    const sort = await screen.findByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(sort, 'Most helpful negative');
    expect(articleTitles()[0]).toBe('Lacks the nerve');
    await user.selectOptions(sort, 'Most helpful positive');
    expect(articleTitles()[0]).toBe('Even better than the first');
    for (const article of screen.getAllByRole('article')) {
      expect(
        within(article).getByText(/^(positive|mixed|negative) tone \(inferred\)$/),
      ).toBeVisible();
    }
  });
});
