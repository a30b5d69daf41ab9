import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SizeIndex } from '@/lib/size-index';

/** The obvious answers, from a plain array. */
function reference(sizes: readonly number[]) {
  const starts = [0];
  for (const size of sizes) starts.push((starts.at(-1) ?? 0) + size);
  return {
    start: (index: number) => starts[Math.min(Math.max(index, 0), sizes.length)] ?? 0,
    indexAt: (offset: number) => {
      if (sizes.length === 0) return -1;
      let index = 0;
      while (index < sizes.length - 1 && (starts[index + 1] ?? 0) <= offset) index += 1;
      return index;
    },
  };
}

describe('SizeIndex', () => {
  it('starts every row at its estimate', () => {
    const index = new SizeIndex(5, 100);
    expect(index.total()).toBe(500);
    expect(index.start(3)).toBe(300);
    expect(index.indexAt(0)).toBe(0);
    expect(index.indexAt(99)).toBe(0);
    expect(index.indexAt(100)).toBe(1);
    expect(index.indexAt(10_000)).toBe(4);
    expect(index.indexAt(-50)).toBe(0);
  });

  it('moves every later row when one is measured, and reports the change', () => {
    const index = new SizeIndex(4, 100);
    expect(index.set(1, 250)).toBe(150);
    expect(index.set(1, 250)).toBe(0);
    expect(index.size(1)).toBe(250);
    expect([0, 1, 2, 3, 4].map((i) => index.start(i))).toEqual([0, 100, 350, 450, 550]);
    expect(index.indexAt(349)).toBe(1);
    expect(index.indexAt(350)).toBe(2);
  });

  it('has no row when empty', () => {
    const index = new SizeIndex(0, 100);
    expect(index.total()).toBe(0);
    expect(index.indexAt(0)).toBe(-1);
  });

  it('agrees with a plain array after any measurements', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2000 })), { maxLength: 60 }),
        fc.array(fc.integer({ min: -100, max: 400_000 }), { minLength: 1, maxLength: 20 }),
        fc.option(
          fc.record({
            count: fc.integer({ min: 0, max: 300 }),
            measured: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2000 }))),
          }),
        ),
        (count, measurements, offsets, before) => {
          // An index made from an earlier one's arrays starts as clean as a new one.
          let earlier: SizeIndex | null = null;
          if (before) {
            earlier = new SizeIndex(before.count, 100);
            for (const [at, size] of before.measured) earlier.set(at % (before.count || 1), size);
          }
          const index = new SizeIndex(count, 320, earlier);
          const sizes = new Array<number>(count).fill(320);
          for (const [at, size] of measurements) {
            index.set(at % count, size);
            sizes[at % count] = size;
          }
          const expected = reference(sizes);
          for (let i = 0; i <= count; i += 1) expect(index.start(i)).toBe(expected.start(i));
          for (const offset of offsets)
            expect(index.indexAt(offset)).toBe(expected.indexAt(offset));
        },
      ),
    );
  });

  it('takes the arrays of an earlier index when they are long enough', () => {
    const earlier = new SizeIndex(100, 50);
    earlier.set(99, 80);
    const next = new SizeIndex(60, 50, earlier);
    expect(next.total()).toBe(3000);
    const longer = new SizeIndex(101, 50, next);
    expect(longer.total()).toBe(5050);
    // Sharing is the point: the shorter index's rows live in the earlier one's memory.
    next.set(0, 70);
    expect(earlier.start(1)).not.toBe(50);
  });
});
