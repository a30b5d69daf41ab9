import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, percentText } from '@/components/format';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat();

describe('number texts', () => {
  it('writes shares of votes as Intl does, halves included', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
        ([up, total]) => {
          expect(percentText(up / total)).toBe(percent.format(up / total));
        },
      ),
      { numRuns: 2000 },
    );
    // Shares whose hundredfold is a half, or only just off one in binary.
    for (const [up, total] of [
      [3, 200],
      [57, 200],
      [1, 200],
      [199, 200],
      [113, 200],
    ] as const) {
      expect(percentText(up / total)).toBe(percent.format(up / total));
    }
  });

  it('writes any share, bound or count as Intl does', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 1.5, noNaN: true }), (share) => {
        expect(percentText(share)).toBe(percent.format(share));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (value) => {
        expect(countText(value)).toBe(count.format(value));
        expect(countText(value)).toBe(count.format(value));
      }),
    );
  });
});
