import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useInSlices } from '@/lib/schedule';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('useInSlices', () => {
  it('keeps showing the very same array until the first slice of new rows comes', async () => {
    const first = range(0, 50);
    const { result, rerender } = renderHook(({ rows }) => useInSlices(rows, 60, []), {
      initialProps: { rows: first },
    });
    await waitFor(() => expect(result.current).toBe(first));
    rerender({ rows: range(100, 80) });
    expect(result.current).toBe(first);
    rerender({ rows: range(200, 20) });
    expect(result.current).toEqual(first.slice(0, 20));
  });

  it('fills in the rows a slice per frame, and replaces them the same way when they change', async () => {
    const first = range(0, 150);
    const seen: number[][] = [];
    const { result, rerender } = renderHook(
      ({ rows }) => {
        const shown = useInSlices(rows, 60, []);
        seen.push([...shown]);
        return shown;
      },
      { initialProps: { rows: first } },
    );
    expect(result.current).toEqual([]);
    await waitFor(() => expect(result.current).toBe(first));
    // Every step was a longer prefix of the rows, 60 at a time.
    const lengths = [...new Set(seen.map((shown) => shown.length))];
    expect(lengths).toEqual([0, 60, 120, 150]);
    for (const shown of seen) expect(shown).toEqual(first.slice(0, shown.length));

    seen.length = 0;
    const next = range(1000, 100);
    rerender({ rows: next });
    // Until their slice comes, the earlier rows stand in (no more than the new rows' number).
    expect(result.current).toEqual(first.slice(0, 100));
    await waitFor(() => expect(result.current).toBe(next));
    const middle = seen.find((shown) => shown[0] === 1000 && shown[99] !== 1099);
    expect(middle).toEqual([...next.slice(0, 60), ...first.slice(60, 100)]);
  });
});
