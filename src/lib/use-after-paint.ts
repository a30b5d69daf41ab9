import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * `value`, one painted frame late: after each change of `key` (by default the value itself) the
 * frame that shows the change elsewhere is painted first, then this copy follows in a task of its
 * own. Chaining copies spreads heavy renders over several tasks. `first` is what it holds until
 * then (by default the value itself).
 */
export function useAfterPaint<T>(value: T, key: unknown = value, first: T = value): T {
  const [late, setLate] = useState(first);
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  useEffect(() => afterNextPaint(() => setLate(() => latest.current)), [key]);
  return late;
}

/**
 * How many of `count` parts to show: none at first, then one more after each painted frame, so
 * that mounting heavy parts waits for what is already on the page and is spread over several
 * tasks instead of one long one.
 */
export function useOneByOne(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= count) return undefined;
    // A transition: React renders the new part in slices, yielding to input between them.
    return afterNextPaint(() => startTransition(() => setShown((value) => value + 1)));
  }, [shown, count]);
  return Math.min(shown, count);
}
