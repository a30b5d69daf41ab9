import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWindowList } from '@/lib/use-window-list';

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
