import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnsBuilder, computeColumns } from '@/query/columns-builder';
import { makeDataset, makeReview } from '../testing/make-dataset';

const review = (i: number) =>
  fc
    .record({
      date: fc.option(fc.constantFrom('2004-01-31', '2010-12-01', '1999-07-15'), { nil: null }),
      rating: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
      spoiler: fc.boolean(),
      body: fc.string({ maxLength: 20 }),
      total: fc.nat(50),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ total, share, ...rest }) =>
      makeReview({
        id: `r${i}`,
        ...rest,
        helpful: { up: Math.floor(total * share), total },
      }),
    );

describe('ColumnsBuilder', () => {
  it('grows review by review to the same columns as computing them at once', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 3000 })
          .chain((n) =>
            fc.tuple(
              fc.array(review(0), { minLength: n, maxLength: n }),
              fc.integer({ min: 1, max: 64 }),
            ),
          ),
        ([reviews, expected]) => {
          const builder = new ColumnsBuilder(expected);
          for (const r of reviews) builder.add(r);
          const built = builder.finish();
          const whole = computeColumns(makeDataset(reviews));
          expect(built).toEqual(whole);
          expect([...built.rating]).toEqual(reviews.map((r) => r.rating ?? 0));
          expect([...built.length]).toEqual(reviews.map((r) => r.body.length));
          expect([...built.spoiler]).toEqual(reviews.map((r) => (r.spoiler ? 1 : 0)));
          expect([...built.votes]).toEqual(reviews.map((r) => r.helpful.total));
          const months = reviews.map((r) =>
            r.date === null ? -1 : Number(r.date.slice(0, 4)) * 12 + Number(r.date.slice(5, 7)) - 1,
          );
          expect([...built.month]).toEqual(months);
          const dated = months.filter((m) => m >= 0);
          expect(built.monthRange).toEqual(
            dated.length === 0 ? [-1, -1] : [Math.min(...dated), Math.max(...dated)],
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('dates the first and last days the schema allows, the year 0 included', () => {
    const columns = computeColumns(
      makeDataset([
        makeReview({ id: 'first', date: '0000-01-01' }),
        makeReview({ id: 'early', date: '0050-03-15' }),
        makeReview({ id: 'last', date: '9999-12-31' }),
        makeReview({ id: 'undated', date: null }),
      ]),
    );
    expect([...columns.month]).toEqual([0, 50 * 12 + 2, 9999 * 12 + 11, -1]);
    expect(columns.monthRange).toEqual([0, 9999 * 12 + 11]);
    expect(columns.day.slice(0, 3).every(Number.isFinite)).toBe(true);
    expect(Number.isNaN(columns.day[3])).toBe(true);
  });
});
