import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { CLAMPED_CHARACTERS } from '@/features/reviews/review-body';
import { FIXTURE_URL } from '../testing/fixtures';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { renderWithData, resetViewState } from '../testing/render';

const filler = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => `The ${word} number ${i} goes on.`).join(' ');

// Eight paragraphs; Mikkelsen first in the seventh, far past what a collapsed card displays.
const longBody = [
  ...Array.from({ length: 6 }, (_, p) => filler(12, `scene${p}`)),
  `${filler(3, 'chase')} Mikkelsen is superb here. Nothing else.`,
  'Then Mikkelsen again at the end. And one more mention of mikkelsen!',
].join('\n\n');

const dataset = makeDataset([
  makeReview({
    id: 'long',
    title: 'A slow burn',
    author: 'Anna',
    body: longBody,
    helpful: { up: 9, total: 10 },
  }),
  makeReview({
    id: 'spoiler',
    title: 'What happens to Tonny',
    author: 'Bo',
    spoiler: true,
    body: `${filler(10, 'plot')} In the end Mikkelsen walks away alone.`,
    helpful: { up: 5, total: 10 },
  }),
  makeReview({
    id: 'titled',
    title: 'Mikkelsen carries it',
    author: 'Carl',
    body: filler(12, 'other'),
    helpful: { up: 1, total: 10 },
  }),
]);

describe('the sentences that match a search, on each card', () => {
  beforeEach(resetViewState);

  it('shows the first two matching sentences marked, and how many matches there are', async () => {
    expect(longBody.indexOf('Mikkelsen')).toBeGreaterThan(CLAMPED_CHARACTERS);
    const { user } = renderWithData(<App search={`?data=${FIXTURE_URL}`} />, dataset);
    const box = await screen.findByRole('searchbox', { name: 'Search reviews' });
    const long = screen.getByRole('article', { name: 'A slow burn' });
    expect(within(long).queryByRole('list', { name: 'Matching sentences' })).toBeNull();

    await user.type(box, 'mikkelsen');
    const list = await within(long).findByRole('list', { name: 'Matching sentences' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Mikkelsen is superb here.',
      'Then Mikkelsen again at the end.',
    ]);
    for (const item of items) expect(within(item).getByText('Mikkelsen').tagName).toBe('MARK');
    expect(within(long).getByText('3 matches')).toBeInTheDocument();
    // The snippets sit above the text and leave the article's name and heading alone.
    expect(screen.getByRole('article', { name: 'A slow burn' })).toBe(long);
    expect(
      within(long)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['A slow burn']);
    // Typing is not interrupted.
    expect(box).toHaveFocus();

    // A match only in the title repeats nothing of the body.
    const titled = screen.getByRole('article', { name: 'Mikkelsen carries it' });
    expect(within(titled).queryByRole('list', { name: 'Matching sentences' })).toBeNull();
  });

  // Scrolling to it waits for layout, which jsdom has none of: tests/e2e/search.spec.ts sees it.
  it('opening the review moves focus to its first match', async () => {
    const { user } = renderWithData(<App search={`?data=${FIXTURE_URL}`} />, dataset);
    await user.type(await screen.findByRole('searchbox', { name: 'Search reviews' }), 'mikkelsen');
    const long = screen.getByRole('article', { name: 'A slow burn' });
    await within(long).findByRole('list', { name: 'Matching sentences' });
    await user.click(within(long).getByRole('button', { name: 'Read more' }));
    // Focus goes to the paragraph holding it, so a screen reader reads on from there.
    const paragraph = within(long).getByText(/^The chase number 0/);
    expect(paragraph).toHaveFocus();
    expect(within(paragraph).getByText('Mikkelsen').tagName).toBe('MARK');
  });

  it('quotes nothing of a spoiler until it is shown', async () => {
    const { user } = renderWithData(<App search={`?data=${FIXTURE_URL}`} />, dataset);
    const box = await screen.findByRole('searchbox', { name: 'Search reviews' });
    await user.type(box, 'mikkelsen');
    const spoiler = screen.getByRole('article', { name: 'What happens to Tonny' });
    expect(await within(spoiler).findByText('Matches in the spoiler text')).toBeInTheDocument();
    expect(within(spoiler).queryByRole('list', { name: 'Matching sentences' })).toBeNull();
    expect(within(spoiler).queryByText(/walks away/)).toBeNull();
    expect(within(spoiler).queryByText('Mikkelsen')).toBeNull();

    await user.click(within(spoiler).getByRole('button', { name: 'Show spoiler' }));
    const list = await within(spoiler).findByRole('list', { name: 'Matching sentences' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'In the end Mikkelsen walks away alone.',
    );
    expect(within(list).getByText('Mikkelsen').tagName).toBe('MARK');
    expect(within(spoiler).queryByText('Matches in the spoiler text')).toBeNull();
  });
});
