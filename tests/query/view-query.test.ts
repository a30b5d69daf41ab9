import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from '@/query/view-query';

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthDays = (year: number, month: number) =>
  month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

describe('isoDay', () => {
  it('takes every real day of the years 0001-0099, as a date input gives them while typed', () => {
    for (let year = 1; year <= 99; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const last = monthDays(year, month);
        const day = `${pad(year, 4)}-${pad(month, 2)}-${pad(last, 2)}`;
        expect(isoDay(day)).toBe(day);
        expect(isoDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(last + 1, 2)}`)).toBeNull();
      }
    }
    // The partial value of typing 03152005 after its first year digit.
    expect(isoDay('0002-03-15')).toBe('0002-03-15');
    expect(isoDay('0000-02-29')).toBe('0000-02-29');
    expect(isoDay('0100-02-29')).toBeNull();
  });

  it('takes a day exactly when it is a calendar day written yyyy-mm-dd', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const real = day >= 1 && day <= monthDays(year, month);
          expect(isoDay(text)).toBe(real ? text : null);
        },
      ),
    );
    expect(isoDay('50-01-01')).toBeNull();
    expect(isoDay('2005-3-15')).toBeNull();
    expect(isoDay('20051-03-15')).toBeNull();
    expect(isoDay(null)).toBeNull();
  });
});
