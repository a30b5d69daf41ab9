import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countTicks,
  formatCount,
  labelledSlots,
  linearX,
  linearY,
  logX,
} from '@/features/charts/plot-scale';

describe('countTicks', () => {
  it('runs from 0 in equal whole steps of 1, 2 or 5 times a power of ten, up to the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (max) => {
        const ticks = countTicks(max);
        expect(ticks[0]).toBe(0);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        expect(Number.isInteger(step) && step >= 1).toBe(true);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 5]).toContain(mantissa);
        ticks.forEach((tick, i) => expect(tick).toBe(i * step));
        const top = ticks.at(-1) ?? 0;
        expect(top).toBeGreaterThanOrEqual(max);
        expect(top - step).toBeLessThan(max);
        expect(ticks.length).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('gives an axis to an empty chart', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(9)).toEqual([0, 5, 10]);
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

describe('labelledSlots', () => {
  it('labels the first period and every step-th after it, no more than fit side by side', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('year' as const, 'month' as const),
        fc.integer({ min: 100, max: 2000 }),
        (count, granularity, width) => {
          const slots = labelledSlots(count, granularity, width);
          expect(slots[0]).toBe(0);
          const step = (slots[1] ?? count) - (slots[0] ?? 0);
          slots.forEach((slot, i) => expect(slot).toBe(i * step));
          expect(slots.at(-1)).toBeLessThan(count);
          expect(slots.length).toBeLessThanOrEqual(granularity === 'month' ? 4 : 5);
          // Each label gets its share of the plot: a year's 4 digits or a month's 7 characters.
          const room = (width - 80) / slots.length;
          if (slots.length > 1)
            expect(room).toBeGreaterThanOrEqual(granularity === 'month' ? 64 : 42);
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
