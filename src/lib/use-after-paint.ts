import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * `value`, one painted frame late: after each change of `key` (by default the value itself) the
 * frame that shows the change elsewhere is painted first, then this copy follows in a task (and
 * transition) of its own. Chaining copies spreads heavy renders over several tasks.
 */
export function useAfterPaint<T>(value: T, key: unknown = value): T {
  const [late, setLate] = useState(value);
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setLate(() => latest.current));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key]);
  return late;
}

/**
 * How many of `count` parts to show: the first at once, then one more after each painted frame,
 * so that mounting heavy parts is spread over several tasks instead of one long one.
 */
export function useOneByOne(count: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= count) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown((value) => value + 1));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, count]);
  return Math.min(shown, count);
}
