import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countTop,
  ROUND_STEPS,
  formatCount,
  labelledSlots,
  linearX,
  linearY,
  logX,
} from '@/features/charts/plot-scale';
import type { Granularity } from '@/query/periods';

describe('countTop', () => {
  /** The round steps above 10 below `step`, smallest first. */
  const roundStepsBelow = (step: number) =>
    [10, 100, 1_000, 10_000, 100_000, 1_000_000].flatMap((power) =>
      ROUND_STEPS.map((m) => m * power).filter((candidate) => candidate < step),
    );

  it('is four equal whole steps reaching the maximum, round past 10, the smallest such', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (max) => {
        const top = countTop(max);
        const step = top / 4;
        expect(Number.isInteger(step) && step >= 1).toBe(true);
        expect(top).toBeGreaterThanOrEqual(max);
        if (step <= 10) {
          expect(step).toBe(Math.max(1, Math.ceil(max / 4)));
        } else {
          const power = 10 ** Math.floor(Math.log10(step));
          expect(ROUND_STEPS).toContain(step / power);
          for (const smaller of roundStepsBelow(step)) expect(smaller * 4).toBeLessThan(max);
          expect(10 * 4).toBeLessThan(max);
        }
      }),
    );
  });

  it('gives small and empty charts an axis of whole numbers', () => {
    expect(countTop(0)).toBe(4);
    expect(countTop(3)).toBe(4);
    expect(countTop(9)).toBe(12);
    expect(countTop(22)).toBe(24);
    expect(countTop(95)).toBe(100);
    expect(countTop(15_234)).toBe(16_000);
    expect(countTop(9_100)).toBe(10_000);
  });
});

describe('plot scales', () => {
  const area = { x: 40, y: 10, width: 300, height: 200 };

  it('map the domain onto the plot area', () => {
    const x = linearX(area, [-0.5, 9.5]);
    expect(x(-0.5)).toBe(40);
    expect(x(9.5)).toBe(340);
    expect(x(4.5)).toBe(190);
    const y = linearY(area, [0, 100]);
    expect(y(0)).toBe(210);
    expect(y(100)).toBe(10);
    const votes = logX(area, [1, 1000]);
    expect(votes(1)).toBe(40);
    expect(votes(1000)).toBeCloseTo(340, 9);
    expect(votes(10)).toBeCloseTo(140, 9);
  });

  it('formats counts to fit a narrow axis', () => {
    expect(formatCount(950)).toBe('950');
    expect(formatCount(15_000)).toBe('15K');
  });
});

const GRANULARITIES: readonly Granularity[] = ['month', 'year', 'decade', 'century', 'millennium'];
/** The width a period's name takes at 7.5 px a character and 12 px between names. */
const NAME_ROOM: Record<Granularity, number> = {
  month: 64,
  year: 42,
  decade: 49,
  century: 79,
  millennium: 79,
};

describe('labelledSlots', () => {
  it('labels the first period and every step-th after it, no more than fit side by side', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(...GRANULARITIES),
        fc.integer({ min: 100, max: 2000 }),
        (count, granularity, width) => {
          const slots = labelledSlots(count, granularity, width);
          expect(slots[0]).toBe(0);
          const step = (slots[1] ?? count) - (slots[0] ?? 0);
          slots.forEach((slot, i) => expect(slot).toBe(i * step));
          expect(slots.at(-1)).toBeLessThan(count);
          expect(slots.length).toBeLessThanOrEqual(granularity === 'month' ? 4 : 5);
          // Each label gets its share of the plot: a year's 4 characters, a decade's 5, a
          // month's 7, a range of years' 9.
          const room = (width - 80) / slots.length;
          if (slots.length > 1) expect(room).toBeGreaterThanOrEqual(NAME_ROOM[granularity]);
        },
      ),
    );
  });

  it('keeps four years on a phone-wide chart and five on a wide one', () => {
    expect(labelledSlots(15, 'year', 258)).toEqual([0, 4, 8, 12]);
    expect(labelledSlots(15, 'year', 480)).toEqual([0, 3, 6, 9, 12]);
    expect(labelledSlots(12, 'month', 258)).toEqual([0, 6]);
  });
});
