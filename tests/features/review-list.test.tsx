import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReviewList } from '@/features/reviews/review-list';
import { spotlightReview } from '@/store/spotlight';
import { makeReview } from '../testing/make-dataset';
import { resetViewState } from '../testing/render';
import { marksOf } from '../testing/with-search';

const reviews = Array.from({ length: 12 }, (_, i) =>
  makeReview({ id: `r${i}`, title: `Review number ${i}`, body: `The text of review ${i}.` }),
);
const order = Int32Array.from(reviews.keys());

describe('ReviewList rendered whole', () => {
  beforeEach(resetViewState);

  it('paints its first reviews first, and every one once that frame is painted', async () => {
    render(<ReviewList reviews={reviews} order={order} datasetKey="test" marks={marksOf('')} />);
    // The first frame: the reviews a screen can show, in order.
    expect(screen.getAllByRole('article')).toHaveLength(5);
    expect(screen.getByRole('article', { name: 'Review number 0' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Review number 5' })).toBeNull();
    // Then the rest, for find-in-page and a screen reader's browsing.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(12));
    expect(screen.getByRole('article', { name: 'Review number 11' })).toBeInTheDocument();
  });

  it('puts every review in place at once when one not yet rendered is chosen', () => {
    render(<ReviewList reviews={reviews} order={order} datasetKey="test" marks={marksOf('')} />);
    expect(screen.queryByRole('article', { name: 'Review number 9' })).toBeNull();
    act(() => spotlightReview('r9'));
    expect(screen.getAllByRole('article')).toHaveLength(12);
    expect(screen.getByRole('article', { name: 'Review number 9' })).toBeInTheDocument();
  });
});
