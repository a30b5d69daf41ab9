import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpfulness, timeline, type TimelineBucket } from '@/query/aggregates';
import { ratingSummary } from '@/query/rating-summary';
import { openSession } from '@/query/loader/open-session';
import { sortedOrder } from '@/query/run-query';
import { emptyRatingCounts } from '@/query/view-query';
import { makeDataset, makeReview } from '../testing/make-dataset';

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('ratingSummary', () => {
  it('gives mean and median of stated ratings and how many state one', () => {
    expect(ratingSummary({ ...emptyRatingCounts(), 9: 1, 7: 1, 5: 1, unrated: 22 })).toEqual({
      rated: 3,
      of: 25,
      mean: 7,
      median: 7,
    });
    expect(ratingSummary({ ...emptyRatingCounts(), 10: 1, 2: 3 })).toMatchObject({
      mean: 4,
      median: 2,
    });
    expect(ratingSummary({ ...emptyRatingCounts(), 10: 2, 4: 2 })).toMatchObject({ median: 7 });
  });

  it('has no mean when nobody states a rating', () => {
    expect(ratingSummary({ ...emptyRatingCounts(), unrated: 4 })).toEqual({
      rated: 0,
      of: 4,
      mean: null,
      median: null,
    });
  });
});

describe('timeline', () => {
  it('buckets by year, with empty years between, split by spoilers, with the rating mean', () => {
    const dataset = makeDataset([
      makeReview({ id: 'a', date: '2004-12-17', spoiler: true, rating: 4 }),
      makeReview({ id: 'b', date: '2004-01-02', rating: 8 }),
      makeReview({ id: 'c', date: '2007-05-05' }),
      makeReview({ id: 'd', date: null }),
    ]);
    const result = timeline(openSession(dataset), all(4));
    expect(result.granularity).toBe('year');
    expect(result.undated).toBe(1);
    expect(
      result.buckets.map((b) => [b.period, b.total, b.spoiler, b.nonSpoiler, b.ratingMean]),
    ).toEqual([
      ['2004', 2, 1, 1, 6],
      ['2005', 0, 0, 0, null],
      ['2006', 0, 0, 0, null],
      ['2007', 1, 0, 1, null],
    ]);
  });

  it('buckets by month when the range is under two years', () => {
    const dataset = makeDataset([
      makeReview({ id: 'a', date: '2005-11-30' }),
      makeReview({ id: 'b', date: '2006-02-01' }),
    ]);
    const result = timeline(openSession(dataset), all(2));
    expect(result.granularity).toBe('month');
    expect(result.buckets.map((b) => [b.period, b.total])).toEqual([
      ['2005-11', 1],
      ['2005-12', 0],
      ['2006-01', 0],
      ['2006-02', 1],
    ]);
  });

  it('only counts the reviews it is given', () => {
    const dataset = makeDataset([
      makeReview({ id: 'a', date: '2005-01-01' }),
      makeReview({ id: 'b', date: '2009-01-01' }),
    ]);
    expect(timeline(openSession(dataset), Int32Array.of(1)).buckets).toEqual([
      { period: '2009-01', total: 1, spoiler: 0, nonSpoiler: 1, rated: 0, ratingMean: null },
    ]);
    expect(timeline(openSession(dataset), new Int32Array(0))).toEqual({
      granularity: 'year',
      buckets: [],
      undated: 0,
    });
  });
});

describe("the charts' pass", () => {
  it('is made once per list of shown reviews, and never mixes up two datasets given one list', () => {
    const early = openSession(
      makeDataset([
        makeReview({ id: 'a', date: '2005-01-01', helpful: { up: 0, total: 0 } }),
        makeReview({ id: 'b', date: '2005-02-01', helpful: { up: 1, total: 2 } }),
      ]),
    );
    const late = openSession(
      makeDataset([
        makeReview({ id: 'c', date: '2010-01-01', helpful: { up: 3, total: 4 } }),
        makeReview({ id: 'd', date: null, helpful: { up: 5, total: 6 } }),
      ]),
    );
    const shown = all(2);
    expect(timeline(early, shown).buckets.map((bucket) => bucket.period)).toEqual([
      '2005-01',
      '2005-02',
    ]);
    expect(helpfulness(early, shown).noVotes).toBe(1);
    expect(timeline(late, shown)).toEqual(timeline(late, all(2)));
    expect(timeline(late, shown).undated).toBe(1);
    expect(helpfulness(late, shown).noVotes).toBe(0);
  });
});

describe('helpfulness', () => {
  const dataset = makeDataset([
    makeReview({ id: 'a', helpful: { up: 28, total: 33 } }),
    makeReview({ id: 'b', helpful: { up: 0, total: 0 } }),
    makeReview({ id: 'c', helpful: { up: 1, total: 1 } }),
    makeReview({ id: 'd', helpful: { up: 3, total: 900 } }),
  ]);
  const session = openSession(dataset);

  it('plots voted reviews left to right by votes and counts the rest', () => {
    const result = helpfulness(session, Int32Array.of(0, 1, 2));
    expect(result.noVotes).toBe(1);
    expect(result.omitted).toBe(0);
    expect(result.points.map((p) => [p.index, p.total, p.share])).toEqual([
      [2, 1, 1],
      [0, 33, 28 / 33],
    ]);
    expect(result.points[1]?.wilson).toBeCloseTo(0.6908, 3);
  });

  it('gives the same points whatever the list order', () => {
    const orders = [
      Int32Array.of(0, 1, 2, 3),
      Int32Array.of(3, 2, 1, 0),
      Int32Array.of(2, 0, 3, 1),
    ];
    const [first, ...rest] = orders.map((order) => helpfulness(session, order));
    for (const other of rest) expect(other).toEqual(first);
  });

  it('keeps only the most-voted points past the limit', () => {
    const result = helpfulness(session, all(4), 2);
    expect(result.points.map((p) => p.index)).toEqual([0, 3]);
    expect(result.points.map((p) => p.total)).toEqual([33, 900]);
    expect(result.omitted).toBe(1);
  });
});

describe('aggregates against a plain reading of the reviews', () => {
  const review = fc.record({
    date: fc.option(
      fc
        .tuple(fc.integer({ min: 2001, max: 2006 }), fc.integer({ min: 1, max: 12 }))
        .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}-15`),
    ),
    spoiler: fc.boolean(),
    rating: fc.option(fc.integer({ min: 1, max: 10 })),
    helpful: fc
      .tuple(fc.nat({ max: 5 }), fc.nat({ max: 40 }))
      .map(([up, extra]) => ({ up, total: up + extra })),
  });
  const input = fc
    .array(review, { maxLength: 60 })
    .chain((reviews) =>
      fc.tuple(
        fc.constant(reviews),
        fc.subarray(reviews.map((_, i) => i)),
        fc.integer({ min: 1, max: 8 }),
      ),
    );

  it('timeline: counts, spoilers and mean rating per period of the shown reviews', () => {
    fc.assert(
      fc.property(input, ([reviews, shown]) => {
        const dataset = makeDataset(reviews.map((r, i) => makeReview({ ...r, id: `r${i}` })));
        const result = timeline(openSession(dataset), Int32Array.from(shown));
        const dated = shown.flatMap((i) => {
          const date = reviews[i]?.date;
          return date
            ? [
                {
                  review: reviews[i],
                  month: Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1,
                },
              ]
            : [];
        });
        expect(result.undated).toBe(shown.length - dated.length);
        if (dated.length === 0) {
          expect(result.buckets).toEqual([]);
          return;
        }
        const first = Math.min(...dated.map((d) => d.month));
        const last = Math.max(...dated.map((d) => d.month));
        const byMonth = last - first < 24;
        expect(result.granularity).toBe(byMonth ? 'month' : 'year');
        const keyOf = (month: number) => (byMonth ? month : Math.floor(month / 12));
        const expected: TimelineBucket[] = [];
        for (let key = keyOf(first); key <= keyOf(last); key += 1) {
          const inside = dated.filter((d) => keyOf(d.month) === key).map((d) => d.review);
          const ratings = inside.flatMap((r) => (r?.rating ? [r.rating] : []));
          const spoilers = inside.filter((r) => r?.spoiler).length;
          expected.push({
            period: byMonth
              ? `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, '0')}`
              : String(key),
            total: inside.length,
            spoiler: spoilers,
            nonSpoiler: inside.length - spoilers,
            rated: ratings.length,
            ratingMean:
              ratings.length === 0 ? null : ratings.reduce((a, b) => a + b, 0) / ratings.length,
          });
        }
        expect(result.buckets.length).toBe(expected.length);
        result.buckets.forEach((bucket, k) => {
          const { ratingMean, ...rest } = expected[k] ?? { ratingMean: null };
          expect(bucket).toMatchObject(rest);
          if (ratingMean === null) expect(bucket.ratingMean).toBeNull();
          else expect(bucket.ratingMean).toBeCloseTo(ratingMean, 9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('helpfulness: the most-voted shown reviews, fewest votes first, the rest counted', () => {
    fc.assert(
      fc.property(input, ([reviews, shown, limit]) => {
        const dataset = makeDataset(reviews.map((r, i) => makeReview({ ...r, id: `r${i}` })));
        const session = openSession(dataset);
        const result = helpfulness(session, Int32Array.from(shown), limit);
        const voted = shown.filter((i) => (reviews[i]?.helpful.total ?? 0) > 0);
        expect(result.noVotes).toBe(shown.length - voted.length);
        // Ties in votes are taken in "Most votes" order, as the list shows them.
        const rank = new Map(Array.from(sortedOrder(session, 'votes'), (i, k) => [i, k]));
        const kept = [...voted]
          .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
          .slice(0, limit);
        expect(result.omitted).toBe(voted.length - kept.length);
        expect(result.points.map((p) => p.index).sort((a, b) => a - b)).toEqual(
          [...kept].sort((a, b) => a - b),
        );
        const totals = result.points.map((p) => p.total);
        expect(totals).toEqual([...totals].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });
});
