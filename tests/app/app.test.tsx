import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { itemKey, STORAGE_KEYS } from '@/store/persisted';
import { preferencesStoreApi } from '@/store/preferences-store';
import { FILM_LIMIT } from '@/lib/shorten-text';
import { FIXTURE_URL, smallDataset } from '../testing/fixtures';
import { renderWithData, resetViewState } from '../testing/render';

const search = `?data=${FIXTURE_URL}`;

function articleTitles(): string[] {
  return screen
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading').textContent ?? '');
}

describe('the review browser', () => {
  beforeEach(resetViewState);

  it('shows the film, the declared count and every review', async () => {
    renderWithData(<App search={search} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pusher II (2004)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "5 reviews shown of 31 on IMDb's page · Mean 7.0 from only 2 of 5 reviews: 5, 9 · written 2004-2006",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 reviews');
    expect(screen.getAllByRole('article')).toHaveLength(5);
  });

  it('shows each field of a review, with placeholders for missing ones', async () => {
    renderWithData(<App search={search} />);
    const untitled = await screen.findByRole('article', { name: 'Untitled review' });
    expect(within(untitled).getByText('kimbo17')).toBeInTheDocument();
    expect(within(untitled).getByText('6 out of 33 found this helpful')).toBeInTheDocument();
    const anonymous = screen.getByRole('article', { name: 'Refn and Mikkelsen are in top form.' });
    expect(within(anonymous).getByText('Anonymous')).toBeInTheDocument();
    expect(within(anonymous).getByText('Undated')).toBeInTheDocument();
    const rated = screen.getByRole('article', { name: 'Even better than the first' });
    expect(within(rated).getByText('9/10')).toBeInTheDocument();
    expect(within(rated).getByText('A great dynamic.')).toBeInTheDocument();
    expect(within(rated).getByText(/I highly recommend it/)).toBeInTheDocument();
  });

  it('orders by the Wilson lower bound by default, so 1 of 1 does not beat 28 of 33', async () => {
    renderWithData(<App search={search} />);
    await screen.findAllByRole('article');
    // Wilson lower bounds: 28/33 0.69, 1/1 0.21, 12/39 0.19, 6/19 0.15, 6/33 0.09.
    expect(articleTitles()).toEqual([
      'Even better than the first',
      'Refn and Mikkelsen are in top form.',
      'Quite disappointing',
      'Lacks the nerve',
      'Untitled review',
    ]);
  });

  it('sorts by each option, missing keys last', async () => {
    const { user } = renderWithData(<App search={search} />);
    const sort = await screen.findByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(sort, 'Newest');
    expect(articleTitles()).toEqual([
      'Even better than the first',
      'Untitled review',
      'Quite disappointing',
      'Lacks the nerve',
      'Refn and Mikkelsen are in top form.',
    ]);
    await user.selectOptions(sort, 'Oldest');
    expect(articleTitles().at(-1)).toBe('Refn and Mikkelsen are in top form.');
    expect(articleTitles()[0]).toBe('Lacks the nerve');
    await user.selectOptions(sort, 'Lowest rated');
    expect(articleTitles().slice(0, 2)).toEqual([
      'Quite disappointing',
      'Even better than the first',
    ]);
    await user.selectOptions(sort, 'Most votes');
    expect(articleTitles()[0]).toBe('Quite disappointing');
  });

  it('filters by rating checkboxes that show their counts outside their names', async () => {
    const { user } = renderWithData(<App search={search} />);
    const group = await screen.findByRole('group', { name: 'Rating' });
    const nine = within(group).getByRole('checkbox', { name: '9' });
    expect(nine).toHaveAccessibleDescription('1 review');
    expect(within(group).getByRole('checkbox', { name: 'Unrated' })).toHaveAccessibleDescription(
      '3 reviews',
    );
    await user.click(nine);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 reviews');
    await user.click(within(group).getByRole('checkbox', { name: '5' }));
    expect(articleTitles()).toEqual(['Even better than the first', 'Quite disappointing']);
    // Other ratings keep their counts while one is chosen.
    expect(within(group).getByRole('checkbox', { name: 'Unrated' })).toHaveAccessibleDescription(
      '3 reviews',
    );
  });

  it('hides spoiler reviews from the list and the counts', async () => {
    const { user } = renderWithData(<App search={search} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Hide spoilers' }));
    expect(screen.queryByRole('article', { name: 'Lacks the nerve' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 5 reviews');
    expect(screen.getByRole('checkbox', { name: 'Unrated' })).toHaveAccessibleDescription(
      '2 reviews',
    );
  });

  it('keeps a spoiler body out of the DOM until revealed, and remembers the choice', async () => {
    const { user } = renderWithData(<App search={search} />);
    const spoiler = await screen.findByRole('article', { name: 'Lacks the nerve' });
    expect(within(spoiler).getByText('Warning: Spoilers')).toBeInTheDocument();
    expect(screen.queryByText(/kills his dad/)).not.toBeInTheDocument();
    await user.click(within(spoiler).getByRole('button', { name: 'Show spoiler' }));
    expect(within(spoiler).getByText(/kills his dad/)).toBeInTheDocument();
    expect(localStorage.getItem(itemKey(STORAGE_KEYS.revealed, FIXTURE_URL, 'r3'))).toBe('true');
    await user.click(within(spoiler).getByRole('button', { name: 'Hide spoiler' }));
    expect(screen.queryByText(/kills his dad/)).not.toBeInTheDocument();
  });

  it('searches title, body and author, ignoring case and accents, every word must match', async () => {
    const { user } = renderWithData(<App search={search} />);
    const box = await screen.findByRole('searchbox', { name: 'Search reviews' });
    await user.type(box, 'CLICHE');
    expect(await screen.findByText('Showing 1 of 5 reviews')).toBeInTheDocument();
    const untitled = screen.getByRole('article', { name: 'Untitled review' });
    expect(within(untitled).getByText('cliché').tagName).toBe('MARK');
    await user.clear(box);
    await user.type(box, 'torelaursen laugh');
    expect(await screen.findByText('Showing 1 of 5 reviews')).toBeInTheDocument();
    await user.type(box, ' zebra');
    expect(
      await screen.findByText('No reviews match the search “torelaursen laugh zebra”.'),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Remove search "torelaursen laugh zebra"' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 reviews');
    expect(box).toHaveValue('');
  });

  it('counts a helpful vote at once, lets it change and be withdrawn, and stores it', async () => {
    const { user } = renderWithData(<App search={search} />);
    const review = await screen.findByRole('article', { name: 'Even better than the first' });
    const yes = within(review).getByRole('button', { name: 'Yes' });
    await user.click(yes);
    expect(within(review).getByText('29 out of 34 found this helpful')).toBeInTheDocument();
    expect(yes).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(review).getByRole('button', { name: 'No' }));
    expect(within(review).getByText('28 out of 34 found this helpful')).toBeInTheDocument();
    expect(preferencesStoreApi.getState().votes.get(FIXTURE_URL)).toEqual(
      new Map([['r1', 'down']]),
    );
    expect(localStorage.getItem(itemKey(STORAGE_KEYS.vote, FIXTURE_URL, 'r1'))).toBe('"down"');
    await user.click(within(review).getByRole('button', { name: 'No' }));
    expect(within(review).getByText('28 out of 33 found this helpful')).toBeInTheDocument();
  });
});

describe('a film title of any length', () => {
  beforeEach(resetViewState);

  it('is shortened in the heading and the dataset list, and shown whole on request', async () => {
    const title = 'a'.repeat(1_000_000);
    const short = `${'a'.repeat(FILM_LIMIT)}… (2004)`;
    const { user } = renderWithData(<App search={search} />, {
      ...smallDataset,
      film: { title, year: 2004 },
    });
    expect(await screen.findByRole('heading', { level: 1, name: short })).toBeInTheDocument();
    const datasets = screen.getByRole('combobox', { name: 'Dataset' });
    expect(within(datasets).getByRole('option', { selected: true })).toHaveTextContent(
      `${short} · 5 reviews, from a link`,
    );
    expect(screen.queryByText(title)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show full film title' }));
    expect(screen.getByText(title)).toBeInTheDocument();
  });
});
