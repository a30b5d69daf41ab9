import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSameArray } from '@/lib/use-same-array';

describe('useSameArray', () => {
  it('keeps the earlier array while the items are the same, and takes a new one when they differ', () => {
    const first = [0, 5, 10];
    const { result, rerender } = renderHook(({ values }) => useSameArray(values), {
      initialProps: { values: first },
    });
    expect(result.current).toBe(first);

    rerender({ values: [0, 5, 10] });
    expect(result.current).toBe(first);

    const longer = [0, 5, 10, 15];
    rerender({ values: longer });
    expect(result.current).toBe(longer);

    const changed = [0, 5, 11, 15];
    rerender({ values: changed });
    expect(result.current).toBe(changed);

    rerender({ values: [0, 5, 11, 15] });
    expect(result.current).toBe(changed);
  });
});
