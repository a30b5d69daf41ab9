import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

interface Slices<T> {
  target: readonly T[];
  /** How many of the target's rows are in place. */
  done: number;
  /** What was shown when the target arrived; its rows stand in until replaced. */
  before: readonly T[];
}

/**
 * `rows`, replaced `size` at a time, one slice per painted frame, starting a frame after they
 * change (`first` stands in until then). Until a row's slice comes, the row shown at that place
 * before stands in. Meant for long lists the reader does not see change (a visually hidden table):
 * laying out a few hundred changed table rows at once was a 30-60 ms task.
 */
export function useInSlices<T>(
  rows: readonly T[],
  size: number,
  first: readonly T[],
): readonly T[] {
  const [slices, setSlices] = useState<Slices<T>>({ target: rows, done: 0, before: first });
  let current = slices;
  if (slices.target !== rows) {
    // What is shown now stands in, the very same array while it is no longer than the new
    // rows: a memoized component given it has nothing to re-render until the first slice.
    const shown = merged(slices);
    current = {
      target: rows,
      done: 0,
      before: shown.length > rows.length ? shown.slice(0, rows.length) : shown,
    };
    setSlices(current);
  }
  useEffect(() => {
    if (current.done >= current.target.length) return undefined;
    return afterNextPaint(() =>
      setSlices((state) =>
        state.target === current.target ? { ...state, done: state.done + size } : state,
      ),
    );
  }, [current, size]);
  return merged(current);
}

const shownOf = new WeakMap<Slices<unknown>, readonly unknown[]>();

/** The rows shown for a state of the slices: one array per state. */
function merged<T>(slices: Slices<T>): readonly T[] {
  const { target, done, before } = slices;
  if (done >= target.length) return target;
  if (done === 0) return before;
  let shown = shownOf.get(slices) as readonly T[] | undefined;
  if (!shown) {
    shown = [...target.slice(0, done), ...before.slice(done, target.length)];
    shownOf.set(slices, shown);
  }
  return shown;
}
