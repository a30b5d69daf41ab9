import { renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SizeIndex } from '@/lib/size-index';
import { takeMeasured, useWindowList } from '@/lib/use-window-list';

describe('useWindowList', () => {
  it('renders the rows in view of new rows first, and the overscan two painted frames later', async () => {
    const height = window.innerHeight;
    const estimate = Math.ceil(height / 2.5);
    // Rows 0, 1 and 2 reach into the viewport; two more below it are overscan.
    const { result, rerender } = renderHook(
      ({ rowsKey }) => useWindowList({ count: 1000, estimate, overscan: 2, rowsKey }),
      { initialProps: { rowsKey: 'first order' } },
    );
    expect([result.current.first, result.current.last]).toEqual([0, 4]);

    rerender({ rowsKey: 'second order' });
    expect([result.current.first, result.current.last]).toEqual([0, 2]);
    expect(result.current.after).toBe((1000 - 3) * estimate);
    await waitFor(() => expect(result.current.last).toBe(4));

    // The same rows again: nothing to wait for.
    rerender({ rowsKey: 'second order' });
    expect(result.current.last).toBe(4);
  });
});

describe('takeMeasured', () => {
  const estimate = 100;
  const batch = fc
    .record({
      count: fc.integer({ min: 1, max: 60 }),
      viewportTop: fc.integer({ min: 0, max: 5000 }),
      known: fc.array(fc.tuple(fc.nat(59), fc.integer({ min: 1, max: 400 })), { maxLength: 30 }),
      measured: fc.array(fc.tuple(fc.nat(59), fc.integer({ min: 1, max: 400 })), {
        maxLength: 30,
      }),
    })
    .map(({ count, viewportTop, known, measured }) => ({
      count,
      viewportTop,
      known: known.filter(([index]) => index < count),
      // One height per row in a batch, as a ResizeObserver reports them.
      measured: [...new Map(measured.filter(([index]) => index < count)).entries()].map(
        ([index, height]) => ({ index, height }),
      ),
    }));

  it('scrolls by the change of the rows wholly above the viewport, as they lay before, in any order', () => {
    fc.assert(
      fc.property(batch, fc.boolean(), ({ count, viewportTop, known, measured }, reversed) => {
        const sizes = new SizeIndex(count, estimate);
        for (const [index, height] of known) sizes.set(index, height);
        const wasAbove = (index: number) => sizes.start(index + 1) <= viewportTop;
        let expected = 0;
        for (const { index, height } of measured)
          if (wasAbove(index)) expected += height - sizes.size(index);
        const anyChange = measured.some(({ index, height }) => height !== sizes.size(index));
        const order = reversed ? [...measured].reverse() : measured;
        const { shift, changed } = takeMeasured(sizes, viewportTop, order);
        expect(shift).toBe(expected);
        expect(changed).toBe(anyChange);
        for (const { index, height } of measured) expect(sizes.size(index)).toBe(height);
      }),
    );
  });

  it('counts no row the viewport cuts, and none above a viewport at minus infinity (a list rendered whole)', () => {
    const sizes = new SizeIndex(10, estimate);
    // Rows 0 to 4 end at 100..500; the viewport's top at 450 cuts row 4.
    const grown = [0, 1, 2, 3, 4].map((index) => ({ index, height: 130 }));
    expect(takeMeasured(sizes, 450, grown)).toEqual({ changed: true, shift: 120 });
    const other = new SizeIndex(10, estimate);
    expect(takeMeasured(other, -Infinity, grown)).toEqual({ changed: true, shift: 0 });
  });
});
