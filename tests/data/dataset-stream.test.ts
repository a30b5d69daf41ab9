import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetStream } from '@/data/dataset-stream';
import { parseJson } from '@/data/fetch-json';
import { DatasetValidationError, validateDataset, type Review } from '@/data/review-schema';
import { makeReview } from '../testing/make-dataset';

const URL = '/data/x.json';

/** What reading the whole text at once gives: the dataset, or the message of its error. */
function readWhole(text: string): unknown {
  try {
    return validateDataset(parseJson(text, 'the dataset', URL));
  } catch (error) {
    if (error instanceof DatasetValidationError)
      return `The dataset at ${URL} is not valid: ${error.message}`;
    return (error as Error).message;
  }
}

/** What the stream gives for the text cut at `cuts`: the same shape as readWhole. */
function readStreamed(text: string, cuts: number[]): unknown {
  const reviews: Review[] = [];
  const stream = new DatasetStream((review, index) => {
    expect(index).toBe(reviews.length);
    reviews.push(review);
  }, URL);
  try {
    let at = 0;
    for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
      stream.push(text.slice(at, cut));
      at = cut;
    }
    stream.push(text.slice(at));
    const head = stream.finish();
    expect(stream.count).toBe(reviews.length);
    return { ...head, reviews };
  } catch (error) {
    return (error as Error).message;
  }
}

const tricky = fc.constantFrom(
  'plain',
  'with "quotes" and \\ backslashes',
  'a } b ] c , d { e [',
  '"reviews": [',
  '\\',
  '\u00e9\u00f8 caf\u00e9 \u2019 \ud83c\udfac',
  '\ud800 lone',
  '',
);

const review = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string({ minLength: 1, maxLength: 4 })),
  title: fc.option(tricky, { nil: null }),
  author: fc.option(fc.string({ maxLength: 6 }), { nil: null }),
  date: fc.option(fc.constantFrom('2005-03-19', '2004-02-29', 'not a date'), { nil: null }),
  spoiler: fc.boolean(),
  body: fc.oneof(tricky, fc.string({ maxLength: 30 })),
  rating: fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }),
  helpful: fc.record({ up: fc.nat(5), total: fc.nat(5) }),
});

/** Any JSON-ish value: what a wrong file might hold where a review should be. */
const oddValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  tricky,
  fc.constant([]),
  fc.constant({ reviews: [1] }),
);

const datasetText = fc
  .record({
    reviews: fc.array(
      fc.oneof({ weight: 8, arbitrary: review }, { weight: 1, arbitrary: oddValue }),
      {
        maxLength: 8,
      },
    ),
    reviewsFirst: fc.boolean(),
    title: fc.oneof(tricky, fc.constant('reviews')),
    schemaVersion: fc.constantFrom(1, 1, 1, 2),
    spaced: fc.boolean(),
    extra: fc.option(fc.constantFrom('{"reviews":[]}', '["reviews"]', '"reviews"'), { nil: null }),
  })
  .map(({ reviews, reviewsFirst, title, schemaVersion, spaced, extra }) => {
    const head: Record<string, unknown> = {
      schemaVersion,
      film: { title, year: 2004 },
      declaredReviewCount: null,
    };
    if (extra !== null) head.note = JSON.parse(extra) as unknown;
    const dataset = reviewsFirst ? { reviews, ...head } : { ...head, reviews };
    return JSON.stringify(dataset, null, spaced ? 2 : undefined);
  });

/** A dataset's text, whole or broken: cut short, with a character too many, or left as it is. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: datasetText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(datasetText, fc.nat(), fc.constantFrom('', '}', ']', ',', '"', 'x'))
      .map(([text, at, extra]) => text.slice(0, at % (text.length + 1)) + extra),
  },
);

describe('DatasetStream', () => {
  it('reads any text, cut anywhere, exactly as reading it whole does', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        expect(readStreamed(text, cuts)).toEqual(readWhole(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads text cut at every character', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      film: { title: 'F "reviews" [', year: null },
      declaredReviewCount: 2,
      reviews: [
        makeReview({ id: 'a', body: 'one \\" } ] , two' }),
        makeReview({ id: 'b', title: '\\\\', rating: 7 }),
      ],
    });
    const whole = readWhole(text);
    expect(whole).toMatchObject({ declaredReviewCount: 2 });
    for (let cut = 0; cut <= text.length; cut += 1) {
      expect(readStreamed(text, [cut])).toEqual(whole);
      expect(readStreamed(text, [cut, cut + 1, cut + 2])).toEqual(whole);
    }
  });

  it('reports the first bad review, a bad head before it, and duplicates last', () => {
    const head = { schemaVersion: 1, film: { title: 'F', year: 2004 }, declaredReviewCount: null };
    const bad = { ...makeReview({ id: 'b' }), rating: 11 };
    const text = (value: object) => JSON.stringify(value);
    expect(readStreamed(text({ ...head, reviews: [makeReview({ id: 'a' }), bad] }), [])).toBe(
      `The dataset at ${URL} is not valid: reviews[1].rating: must be at most 10`,
    );
    expect(
      readStreamed(text({ reviews: [bad], ...head, film: { title: '', year: 2004 } }), []),
    ).toBe(`The dataset at ${URL} is not valid: film.title: must be at least 1`);
    const twice = [makeReview({ id: 'a' }), makeReview({ id: 'a' })];
    expect(readStreamed(text({ ...head, reviews: twice }), [])).toBe(
      `The dataset at ${URL} is not valid: reviews[1].id: duplicate id "a"`,
    );
  });

  it('refuses a second list of reviews and says what a web page is', () => {
    expect(readStreamed('{"reviews":[],"schemaVersion":1,"reviews":[]}', [])).toBe(
      `The dataset at ${URL} is not valid: it names "reviews" twice.`,
    );
    expect(readStreamed('<!doctype html><title>Not found</title>', [3])).toContain(
      'a web page (HTML) instead of JSON',
    );
  });
});
