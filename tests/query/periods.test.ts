import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeline } from '@/query/aggregates';
import { dayNumber, isoOfDay } from '@/query/columns';
import {
  granularityOf,
  MAX_PERIODS,
  periodDays,
  periodKey,
  periodMonths,
  periodName,
  spanName,
  type Granularity,
} from '@/query/periods';
import { openSession } from '@/query/loader/open-session';
import { isoDay } from '@/query/view-query';
import { makeDataset, makeReview } from '../testing/make-dataset';

/** The months a four-digit year can date: 0000-01 to 9999-12, as year * 12 + month (0-11). */
const LAST_MONTH = 9999 * 12 + 11;
const FIRST_DAY = dayNumber('0000-01-01');
const LAST_DAY = dayNumber('9999-12-31');
const GRANULARITIES: readonly Granularity[] = ['month', 'year', 'decade', 'century', 'millennium'];

const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** Days near each other or far apart: spans of a few days up to the whole calendar. */
const days = fc
  .tuple(
    fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    fc.integer({ min: 0, max: 7 }),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
  )
  .map(([base, power, offsets]) =>
    offsets.map((offset) => isoOfDay(Math.min(LAST_DAY, base + Math.round(offset * 10 ** power)))),
  );

describe('periodDays', () => {
  it('gives the first and last day of a year or a month', () => {
    expect(periodDays('2005')).toEqual(['2005-01-01', '2005-12-31']);
    expect(periodDays('2004-02')).toEqual(['2004-02-01', '2004-02-29']);
    expect(periodDays('2005-02')).toEqual(['2005-02-01', '2005-02-28']);
    expect(periodDays('2005-12')).toEqual(['2005-12-01', '2005-12-31']);
  });

  it('reads early years, decades and ranges of years', () => {
    expect(periodDays('0050')).toEqual(['0050-01-01', '0050-12-31']);
    // 1900 is no leap year and 0 is one: their Februaries must not be mixed up.
    expect(periodDays('0000-02')).toEqual(['0000-02-01', '0000-02-29']);
    expect(periodDays('0048-02')).toEqual(['0048-02-01', '0048-02-29']);
    expect(periodDays('2000s')).toEqual(['2000-01-01', '2009-12-31']);
    expect(periodDays('0050s')).toEqual(['0050-01-01', '0059-12-31']);
    expect(periodDays('1900-1999')).toEqual(['1900-01-01', '1999-12-31']);
    expect(periodDays('0000-0999')).toEqual(['0000-01-01', '0999-12-31']);
  });
});

describe('periods', () => {
  it('are named so that the name gives back the period, its days real and end to end', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GRANULARITIES),
        fc.integer({ min: 0, max: LAST_MONTH }),
        (granularity, month) => {
          const key = periodKey(granularity, month);
          const name = periodName(granularity, key);
          const [first, last] = periodDays(name);
          expect(isoDay(first)).toBe(first);
          expect(isoDay(last)).toBe(last);
          expect(periodKey(granularity, monthOf(first))).toBe(key);
          expect(periodKey(granularity, monthOf(last))).toBe(key);
          expect(periodMonths(granularity, key)).toEqual([monthOf(first), monthOf(last)]);
          // The day before the first and the day after the last belong to the neighbours.
          if (first !== '0000-01-01') {
            const before = isoOfDay(dayNumber(first) - 1);
            expect(periodKey(granularity, monthOf(before))).toBe(key - 1);
            expect(periodDays(periodName(granularity, key - 1))[1]).toBe(before);
          }
          if (last !== '9999-12-31') {
            const after = isoOfDay(dayNumber(last) + 1);
            expect(periodKey(granularity, monthOf(after))).toBe(key + 1);
          }
        },
      ),
    );
  });

  it('are few over any span, and the finest step that keeps them few', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LAST_MONTH }),
        fc.integer({ min: 0, max: LAST_MONTH }),
        (a, b) => {
          const [first, last] = a <= b ? [a, b] : [b, a];
          const granularity = granularityOf(first, last);
          const count = (step: Granularity) => periodKey(step, last) - periodKey(step, first) + 1;
          expect(count(granularity)).toBeLessThanOrEqual(MAX_PERIODS);
          if (granularity === 'month') {
            expect(last - first).toBeLessThan(24);
          } else {
            const finer = GRANULARITIES[GRANULARITIES.indexOf(granularity) - 1];
            if (finer === 'month') expect(last - first).toBeGreaterThanOrEqual(24);
            else if (finer !== undefined) expect(count(finer)).toBeGreaterThan(MAX_PERIODS);
          }
        },
      ),
    );
    expect(granularityOf(monthOf('0001-01-01'), monthOf('9999-12-31'))).toBe('millennium');
    expect(granularityOf(monthOf('0050-01-01'), monthOf('0050-12-31'))).toBe('month');
    expect(granularityOf(monthOf('1990-01-01'), monthOf('2029-12-31'))).toBe('year');
    expect(granularityOf(monthOf('1990-01-01'), monthOf('2030-01-01'))).toBe('decade');
  });

  it('span a caption in two names', () => {
    expect(spanName('2004', '2018')).toBe('2004-2018');
    expect(spanName('2004-12', '2006-03')).toBe('2004-12-2006-03');
    expect(spanName('0000-0999', '9000-9999')).toBe('0000-9999');
    expect(spanName('1900-1999', '1900-1999')).toBe('1900-1999');
  });
});

describe('timeline periods', () => {
  it('hold every dated review once, in the period whose days hold its day', () => {
    fc.assert(
      fc.property(days, (dates) => {
        const reviews = dates.map((date, i) => makeReview({ id: `r${i}`, date }));
        reviews.push(makeReview({ id: 'undated', date: null }));
        const { buckets, undated } = timeline(
          openSession(makeDataset(reviews)),
          all(reviews.length),
        );
        expect(undated).toBe(1);
        expect(buckets.length).toBeLessThanOrEqual(MAX_PERIODS);
        expect(buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(dates.length);
        let previousLast = '';
        for (const bucket of buckets) {
          const [first, last] = periodDays(bucket.period);
          // In order, and none overlapping: a review falls in one period at most.
          expect(first > previousLast).toBe(true);
          previousLast = last;
          const within = dates.filter((date) => date >= first && date <= last);
          expect(bucket.total).toBe(within.length);
        }
        // The periods run from the first review's to the last one's.
        const sorted = [...dates].sort();
        expect(periodDays(buckets[0]?.period ?? '')[0] <= (sorted[0] ?? '')).toBe(true);
        expect(periodDays(buckets.at(-1)?.period ?? '')[1] >= (sorted.at(-1) ?? '')).toBe(true);
      }),
    );
  });

  it('draw reviews from the years 1, 2020 and 9999 in a few millennia', () => {
    const dates = ['0001-05-05', '2020-01-01', '9999-12-31'];
    const { granularity, buckets } = timeline(
      openSession(makeDataset(dates.map((date, i) => makeReview({ id: `r${i}`, date })))),
      all(3),
    );
    expect(granularity).toBe('millennium');
    expect(buckets.map((bucket) => bucket.period)).toEqual(
      Array.from({ length: 10 }, (_, k) => `${k}000-${k}999`),
    );
    expect(buckets.map((bucket) => bucket.total)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('name a year below 1000 in four digits', () => {
    const named = (dates: string[]) =>
      timeline(
        openSession(makeDataset(dates.map((date, i) => makeReview({ id: `r${i}`, date })))),
        all(dates.length),
      ).buckets.map((bucket) => [bucket.period, bucket.total]);
    expect(named(['0050-03-01', '0050-11-30'])[0]).toEqual(['0050-03', 1]);
    expect(named(['0050-03-01', '0050-11-30', '0053-01-01'])).toEqual([
      ['0050', 2],
      ['0051', 0],
      ['0052', 0],
      ['0053', 1],
    ]);
  });
});
