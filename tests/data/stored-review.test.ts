import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToJson } from '@/data/export-dataset';
import { plainDataset, plainReview } from '@/data/plain-review';
import { StoredReview } from '@/data/stored-review';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { storedReviews } from '../testing/stored';

// Any text a dataset may hold: accents, other scripts, emoji, lone surrogates aside (UTF-8
// cannot carry them, and a parsed JSON file holds none).
const text = fc.string({ unit: 'grapheme', maxLength: 60 });

describe('StoredReview', () => {
  it('gives back every body as it was, in pieces of any size', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (bodies, perPiece) => {
          const reviews = bodies.map((body, i) => makeReview({ id: `r${i}`, body }));
          const stored = storedReviews(reviews, perPiece);
          expect(stored.map((review) => review.body)).toEqual(bodies);
          expect(stored.map((review) => plainReview(review))).toEqual(reviews.map(plainReview));
        },
      ),
    );
  });

  it('is exported as JSON with its body, in the schema order of fields', () => {
    const review = makeReview({
      id: 'a',
      title: 'Tøp',
      body: 'Mads Mikkelsen — “great”',
      rating: 9,
    });
    const other = makeReview({ id: 'b', body: 'x' });
    const exported = JSON.parse(datasetToJson(makeDataset(storedReviews([review, other])))) as {
      reviews: object[];
    };
    expect(exported).toEqual(makeDataset([review, other]));
    expect(Object.keys(exported.reviews[0] ?? {})).toEqual([
      'id',
      'title',
      'author',
      'date',
      'spoiler',
      'body',
      'rating',
      'helpful',
    ]);
  });

  it('is copied out to a plain review before it is stored or sent, where cloning drops getters', () => {
    const reviews = [
      makeReview({ id: 'a', body: 'first' }),
      makeReview({ id: 'b', body: 'second' }),
    ];
    const dataset = makeDataset(storedReviews(reviews));
    // What IndexedDB, postMessage and JSON do with a review kept as bytes: its body is lost.
    expect(structuredClone(dataset.reviews[0])).not.toHaveProperty('body');
    expect(JSON.parse(JSON.stringify(dataset.reviews[0]))).not.toHaveProperty('body');
    const plain = plainDataset(dataset);
    expect(plain.reviews.some((review) => review instanceof StoredReview)).toBe(false);
    expect(structuredClone(plain)).toEqual(makeDataset(reviews));
  });
});
