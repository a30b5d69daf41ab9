import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { gatherQuotes, QUOTES_UP_TO } from '@/features/reviews/quotes-view';
import { openSession } from '@/query/loader/open-session';
import { FIXTURE_URL } from '../testing/fixtures';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { renderWithData, resetViewState } from '../testing/render';

const search = `?data=${FIXTURE_URL}`;

describe('the quotes view', () => {
  beforeEach(resetViewState);

  it('is a View choice that says what quotes are until something is searched', async () => {
    const { user } = renderWithData(<App search={search} />);
    const view = await screen.findByRole('radiogroup', { name: 'View' });
    expect(within(view).getByRole('radio', { name: 'Reviews' })).toBeChecked();
    await user.click(within(view).getByRole('radio', { name: 'Quotes' }));
    expect(
      await screen.findByText(/Quotes are the sentences that hold what you search/),
    ).toBeVisible();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('groups the matching sentences by their tone, each with its source and a link to the review', async () => {
    const { user } = renderWithData(<App search={search} />);
    await user.type(await screen.findByRole('searchbox', { name: 'Search reviews' }), 'a');
    await user.click(screen.getByRole('radio', { name: 'Quotes' }));
    const praise = await screen.findByRole('region', { name: 'Praise' });
    expect(
      within(praise)
        .getAllByRole('listitem')
        .map((item) => within(item).getByRole('blockquote').textContent),
    ).toEqual(['A great dynamic.', 'A good laugh but nothing more.']);
    expect(within(praise).getAllByRole('listitem')[0]).toHaveTextContent('9/10');
    const complaints = screen.getByRole('region', { name: 'Complaints' });
    expect(within(complaints).getByRole('listitem')).toHaveTextContent('About broken families.');
    // The match is marked; the link names the dataset and the review, not the search.
    expect(within(complaints).getByText('A', { selector: 'mark' })).toBeInTheDocument();
    const link = within(complaints).getByRole('link', { name: 'Read the review' });
    const url = new URL(link.getAttribute('href') ?? '', 'http://localhost/');
    expect(url.searchParams.get('review')).not.toBeNull();
    expect(url.searchParams.get('q')).toBeNull();
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Reviews' })).toBeChecked();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });
});

describe('gatherQuotes', () => {
  const reviews = [
    makeReview({ id: 'a', body: 'A wonderful film. The plot is thin. Awful sound.' }),
    makeReview({ id: 'b', body: 'The ending was a terrible film cliché.', spoiler: true }),
    makeReview({ id: 'c', body: 'Nothing here.' }),
  ];
  const session = openSession(makeDataset(reviews));
  const marker = session.marker('film');

  it('keeps each matching sentence, by its own tone, and no spoiler text not revealed', () => {
    if (marker === null) throw new Error('no marker');
    const groups = gatherQuotes(
      reviews,
      Int32Array.from([0, 1, 2]),
      marker,
      () => false,
      () => null,
    );
    expect(groups.praise.map((quote) => quote.snippet.text)).toEqual(['A wonderful film.']);
    expect(groups.complaints).toEqual([]);
    expect(groups.spoilers).toBe(1);
    const revealed = gatherQuotes(
      reviews,
      Int32Array.from([0, 1, 2]),
      marker,
      () => true,
      () => null,
    );
    expect(revealed.complaints.map((quote) => quote.snippet.text)).toEqual([
      'The ending was a terrible film cliché.',
    ]);
  });

  it(`stops at ${QUOTES_UP_TO} quotes and says there were more`, () => {
    const many = Array.from({ length: QUOTES_UP_TO + 5 }, (_, i) =>
      makeReview({ id: `m${i}`, body: 'A film.' }),
    );
    const marks = openSession(makeDataset(many)).marker('film');
    if (marks === null) throw new Error('no marker');
    const order = Int32Array.from(many.keys());
    const groups = gatherQuotes(
      many,
      order,
      marks,
      () => false,
      () => null,
    );
    expect(groups.rest.length + groups.praise.length + groups.complaints.length).toBe(QUOTES_UP_TO);
    expect(groups.more).toBe(true);
  });
});
