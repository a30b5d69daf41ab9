import { useState } from 'react';

/**
 * `values`, or the array of an earlier render while every item is the same. Consumers that compare
 * by reference (memoized components, recharts' store of axis settings) then skip their work when a
 * new array says the same thing.
 */
export function useSameArray<T>(values: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(values);
  const same = kept.length === values.length && kept.every((value, i) => value === values[i]);
  if (!same) setKept(values);
  return same ? kept : values;
}
