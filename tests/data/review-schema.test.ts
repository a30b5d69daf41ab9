import { describe, expect, it } from 'vitest';
import { DatasetValidationError, validateDataset } from '@/data/review-schema';

const review = {
  id: 'a',
  title: null,
  author: 'ann',
  date: '2005-03-19',
  spoiler: false,
  body: 'Good.',
  rating: 7,
  helpful: { up: 1, total: 2 },
};
const dataset = {
  schemaVersion: 1,
  film: { title: 'Pusher II', year: 2004 },
  declaredReviewCount: 31,
  reviews: [review, { ...review, id: 'b' }],
};

function messageFor(input: unknown): string {
  try {
    validateDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a validation error');
}

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it unchanged', () => {
    expect(validateDataset(dataset)).toEqual(dataset);
  });

  it('names the path of the bad field', () => {
    const bad = {
      ...dataset,
      reviews: [review, review, review, { ...review, id: 'd', helpful: { up: 'x', total: 2 } }],
    };
    expect(
      messageFor({ ...bad, reviews: bad.reviews.map((r, i) => ({ ...r, id: String(i) })) }),
    ).toBe('reviews[3].helpful.up: expected a number');
  });

  it.each([
    [{ ...dataset, schemaVersion: 2 }, 'schemaVersion: expected 1'],
    [{ ...dataset, film: { title: '', year: 2004 } }, 'film.title: must be at least 1'],
    [
      { ...dataset, reviews: [{ ...review, date: '2005-02-30' }] },
      'reviews[0].date: expected a date like 2005-03-19',
    ],
    [{ ...dataset, reviews: [{ ...review, rating: 11 }] }, 'reviews[0].rating: must be at most 10'],
    [{ ...dataset, reviews: [{ ...review, rating: 6.5 }] }, 'reviews[0].rating: expected an int'],
    [
      { ...dataset, reviews: [{ ...review, helpful: { up: 3, total: 2 } }] },
      'reviews[0].helpful.up: up must not exceed total',
    ],
    [{ ...dataset, reviews: [review, review] }, 'reviews[1].id: duplicate id "a"'],
    [{ ...dataset, reviews: 'none' }, 'reviews: expected an array'],
    [null, '(root): expected an object'],
  ])('rejects %j', (input, message) => {
    expect(messageFor(input)).toBe(message);
  });
});
