import { describe, expect, it } from 'vitest';
import {
  proposeDateOrder,
  proposeScale,
  readDate,
  readFilm,
  readHelpful,
  readRating,
  readSpoiler,
} from '@/data/formats/table-values';

describe('readDate', () => {
  it.each([
    ['Dec 5, 2025', '2025-12-05'],
    ['December 5, 2025', '2025-12-05'],
    ['23 August 2017', '2017-08-23'],
    ['1st of May 2001', '2001-05-01'],
    ['2024/11/19', '2024-11-19'],
    ['2024-11-19', '2024-11-19'],
    ['2024-11-19T23:10:00Z', '2024-11-19'],
    ['2024-11-19 08:00', '2024-11-19'],
    ['1700000000', '2023-11-14'],
    ['1700000000000', '2023-11-14'],
  ])('reads %s', (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });

  it('reads epoch numbers from JSON, seconds and milliseconds alike', () => {
    expect(readDate(1700000000)).toBe('2023-11-14');
    expect(readDate(1700000000000)).toBe('2023-11-14');
  });

  it('reads 03/04/2005 in the order it is given', () => {
    expect(readDate('03/04/2005', 'mdy')).toBe('2005-03-04');
    expect(readDate('03/04/2005', 'dmy')).toBe('2005-04-03');
    expect(readDate('03.04.2005', 'dmy')).toBe('2005-04-03');
  });

  it('answers null for what is no date', () => {
    for (const text of ['', 'yesterday', '2005-02-30', '31/31/2005', 'Foo 5, 2005', '12', null])
      expect(readDate(text, 'dmy')).toBeNull();
  });
});

describe('proposeDateOrder', () => {
  it('settles the order from one value over 12', () => {
    expect(proposeDateOrder(['03/04/2005', '25/12/2004'])).toEqual({
      order: 'dmy',
      settled: true,
      numeric: true,
    });
    expect(proposeDateOrder(['03/04/2005', '12/25/2004'])).toMatchObject({
      order: 'mdy',
      settled: true,
    });
  });

  it('leaves the order unsettled when no value tells', () => {
    expect(proposeDateOrder(['03/04/2005', '01/02/2003'])).toMatchObject({ settled: false });
    expect(proposeDateOrder(['2005-03-04'])).toMatchObject({ settled: true, numeric: false });
  });
});

describe('readRating', () => {
  it('reads each scale into 1-10', () => {
    expect(readRating('8', '10')).toBe(8);
    expect(readRating(4, '5')).toBe(8);
    expect(readRating('4.5', '5')).toBe(9);
    expect(readRating('87', '100')).toBe(9);
    expect(readRating('3', '100')).toBe(1);
    expect(readRating('7.5', 'auto')).toBe(8);
  });

  it('reads scores that carry their scale, whatever the column scale', () => {
    expect(readRating('8/10', '5')).toBe(8);
    expect(readRating('2/5', 'auto')).toBe(4);
    expect(readRating('7 out of 10', '100')).toBe(7);
  });

  it('reads a score outside its scale as no score', () => {
    expect(readRating('0', '10')).toBeNull();
    expect(readRating('11', '10')).toBeNull();
    expect(readRating('6', '5')).toBeNull();
    expect(readRating('101', '100')).toBeNull();
    expect(readRating('12/10', 'auto')).toBeNull();
    expect(readRating('great', '10')).toBeNull();
    expect(readRating('', '10')).toBeNull();
  });
});

describe('proposeScale', () => {
  it('finds 0-100 from a value over 10 and 1-5 from many that never pass 5', () => {
    expect(proposeScale(['80', '9', '100'])).toBe('100');
    expect(proposeScale(Array.from({ length: 30 }, (_, i) => String((i % 5) + 1)))).toBe('5');
    expect(proposeScale(['3', '4'])).toBe('10');
    expect(proposeScale(['8/10', '3/5'])).toBe('auto');
  });
});

describe('readHelpful', () => {
  it('reads up and down votes, "X out of Y", [up, total] and one count', () => {
    expect(readHelpful('41', '6')).toEqual({ up: 41, total: 47 });
    expect(readHelpful('20 out of 25 found this helpful')).toEqual({ up: 20, total: 25 });
    expect(readHelpful('1,413 out of 1,597 found this helpful')).toEqual({
      up: 1413,
      total: 1597,
    });
    expect(readHelpful([20, 25])).toEqual({ up: 20, total: 25 });
    expect(readHelpful(12)).toEqual({ up: 12, total: 12 });
    expect(readHelpful('12.0')).toEqual({ up: 12, total: 12 });
  });

  it('refuses more up votes than votes, and what is not a count', () => {
    expect(readHelpful('30 out of 25')).toBeNull();
    expect(readHelpful('many')).toBeNull();
    expect(readHelpful('-3')).toBeNull();
  });
});

describe('readSpoiler and readFilm', () => {
  it('reads spoiler marks', () => {
    for (const yes of [true, 1, '1', 'True', 'yes', 'Spoiler']) expect(readSpoiler(yes)).toBe(true);
    for (const no of [false, 0, '0', 'False', '', null, 'no']) expect(readSpoiler(no)).toBe(false);
  });

  it('takes the year from a film title in brackets', () => {
    expect(readFilm('Heat (1995)')).toEqual({ title: 'Heat', year: 1995 });
    expect(readFilm('Heat')).toEqual({ title: 'Heat', year: null });
    expect(readFilm('  ')).toBeNull();
  });
});
