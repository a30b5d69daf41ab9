import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetValidationError, validateDataset, validateEachReview } from '@/data/review-schema';

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

/** What a validator says of `input`: the dataset, or its error's message. */
function verdict(validate: (input: unknown) => unknown, input: unknown): unknown {
  try {
    return { ok: validate(input) };
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    return { error: (error as Error).message };
  }
}

describe('validateEachReview', () => {
  // Mostly values a rule accepts, some at its edges, now and then one it refuses: so that many
  // generated reviews break no rule, and those that do break one or two.
  const weird = [null, undefined, '', '7', 0, -1, 2.5, 1e308, Number.NaN, Infinity, {}, []];
  const field = <T>(...valid: T[]) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom<unknown>(...valid) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(...weird) },
    );
  const count = field(0, 1, 2, 3, 2 ** 53 - 1, 2 ** 53);
  const reviewArb = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'review', [], 7) },
    {
      weight: 30,
      arbitrary: fc.record({
        id: field('a', 'b', 'c', 'd', ''),
        title: field(null, 'Title'),
        author: field(null, 'ann'),
        date: field(null, '2005-03-19', '2004-02-29', '2005-02-29', '2005-13-01', '2005-3-19'),
        spoiler: field(true, false),
        body: field('Good.', ''),
        rating: field(null, 1, 7, 10, 0, 11, 7.5),
        helpful: fc.oneof(
          { weight: 12, arbitrary: fc.record({ up: count, total: count }) },
          { weight: 1, arbitrary: fc.constantFrom<unknown>(...weird) },
        ),
      }),
    },
  );

  it('says what validateDataset says of any dataset', () => {
    fc.assert(
      fc.property(
        fc.array(reviewArb, { maxLength: 6 }),
        fc.constantFrom<unknown>(dataset.film, { title: '', year: 2004 }, null),
        (reviews, film) => {
          const input = { ...dataset, film, reviews };
          expect(verdict(validateEachReview, input)).toEqual(verdict(validateDataset, input));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says what validateDataset says of inputs that are not datasets', () => {
    for (const input of [null, [], 'x', { ...dataset, reviews: 'none' }, { reviews: [] }]) {
      expect(verdict(validateEachReview, input)).toEqual(verdict(validateDataset, input));
    }
  });
});
