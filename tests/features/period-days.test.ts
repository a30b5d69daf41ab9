import { describe, expect, it } from 'vitest';
import { periodDays } from '@/features/charts/timeline-chart';

describe('periodDays', () => {
  it('gives the first and last day of a year or a month', () => {
    expect(periodDays('2005')).toEqual(['2005-01-01', '2005-12-31']);
    expect(periodDays('2004-02')).toEqual(['2004-02-01', '2004-02-29']);
    expect(periodDays('2005-02')).toEqual(['2005-02-01', '2005-02-28']);
    expect(periodDays('2005-12')).toEqual(['2005-12-01', '2005-12-31']);
  });
});
