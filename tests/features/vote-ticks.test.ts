import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { voteTicks } from '@/features/charts/vote-ticks';

describe('the votes axis', () => {
  it('ends on the first tick past the most-voted review', () => {
    expect(voteTicks(39)).toEqual([1, 2, 5, 10, 20, 50]);
    expect(voteTicks(50)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(voteTicks(3)).toEqual([1, 2, 5, 10, 20]);
    expect(voteTicks(1597)).toEqual([1, 10, 100, 1000, 10000]);
  });

  it('always has a last tick above every point and ticks that rise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (most) => {
        const ticks = voteTicks(most);
        expect(ticks.at(-1) ?? 0).toBeGreaterThan(most);
        for (let i = 1; i < ticks.length; i += 1) {
          expect(ticks[i] ?? 0).toBeGreaterThan(ticks[i - 1] ?? 0);
        }
      }),
    );
  });
});
