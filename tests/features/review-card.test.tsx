import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReviewCard } from '@/features/reviews/review-card';
import { NAME_LIMIT, TITLE_LIMIT } from '@/lib/shorten-text';
import { makeReview } from '../testing/make-dataset';
import { resetViewState } from '../testing/render';
import { marksOf } from '../testing/with-search';

describe('ReviewCard with a title or name of any length', () => {
  beforeEach(resetViewState);

  it('names the article with the start of a long title and shows the whole title on request', async () => {
    const user = userEvent.setup();
    const title = 'a'.repeat(300_000);
    render(
      <ReviewCard
        review={makeReview({ id: 'long', title, author: 'Anna Larsen' })}
        datasetKey="test"
        marks={marksOf('')}
      />,
    );
    const article = screen.getByRole('article', { name: `${'a'.repeat(TITLE_LIMIT)}…` });
    expect(within(article).getByRole('heading')).toHaveTextContent(`${'a'.repeat(TITLE_LIMIT)}…`);
    // The whole title is not in the page until asked for.
    expect(screen.queryByText(title)).toBeNull();

    const show = within(article).getByRole('button', { name: 'Show full title' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    const hide = within(article).getByRole('button', { name: 'Hide full title' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(hide).toHaveAttribute('aria-controls', screen.getByText(title).id);
    // The heading stays short.
    expect(screen.getByRole('article', { name: `${'a'.repeat(TITLE_LIMIT)}…` })).toBe(article);

    await user.click(hide);
    expect(screen.queryByText(title)).toBeNull();
    expect(within(article).queryByRole('button', { name: 'Show full name' })).toBeNull();
  });

  it('shortens a long name the same way', async () => {
    const user = userEvent.setup();
    const author = 'b'.repeat(1_000_000);
    render(
      <ReviewCard
        review={makeReview({ id: 'long', title: 'A title', author, date: '2005-03-19' })}
        datasetKey="test"
        marks={marksOf('')}
      />,
    );
    const article = screen.getByRole('article', { name: 'A title' });
    expect(within(article).getByText(`${'b'.repeat(NAME_LIMIT)}…`)).toBeInTheDocument();
    expect(within(article).queryByRole('button', { name: 'Show full title' })).toBeNull();
    await user.click(within(article).getByRole('button', { name: 'Show full name' }));
    expect(within(article).getByText(author)).toBeInTheDocument();
  });

  it('marks search words in a shortened title and in the whole of it', async () => {
    const user = userEvent.setup();
    const title = `Pusher ${'x'.repeat(TITLE_LIMIT)} pusher`;
    render(
      <ReviewCard
        review={makeReview({ id: 'long', title, author: null })}
        datasetKey="test"
        marks={marksOf('pusher')}
      />,
    );
    const heading = screen.getByRole('heading');
    expect(within(heading).getByText('Pusher').tagName).toBe('MARK');
    expect(within(heading).queryByText('pusher')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show full title' }));
    expect(screen.getAllByText(/^pusher$/i).map((mark) => mark.tagName)).toEqual([
      'MARK',
      'MARK',
      'MARK',
    ]);
  });

  it('shows an ordinary title and name whole, with nothing to expand', () => {
    render(
      <ReviewCard
        review={makeReview({ id: 'short', title: 'Even better than the first', author: 'kimbo17' })}
        datasetKey="test"
        marks={marksOf('')}
      />,
    );
    expect(screen.getByRole('article', { name: 'Even better than the first' })).toBeInTheDocument();
    expect(screen.getByText('kimbo17')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show full/ })).toBeNull();
  });
});
