/**
 * Every way this app puts work off, in one place, and the order the work reaches the screen in
 * after an input (the frame order):
 *
 * 1. The input's own task renders the controls, the result line and the review list
 *    (dataset-view): the list is painted in the input's frame.
 * 2. One painted frame later, the charts follow in a task of their own (`useAfterPaint` in
 *    charts-loader's LateCharts and in each chart), so drawing them never delays the list.
 * 3. Two painted frames after a new order, the list's overscan rows, above and below what is
 *    seen, are rendered (`afterPaints(2, …)` in use-window-list).
 * 4. Then, one slice per painted frame, what is invisible but read by screen readers or the
 *    pointer: the charts' hidden tables and the helpfulness points' buttons (`useInSlices`,
 *    `useOneByOne`).
 * 5. In idle moments: the address bar is written (`whenIdle` in store/url-sync), and after a
 *    dataset opens, warm-ups run one per task (`runSpaced`: each sort order, the filtering
 *    pass's ways, the charts' first pass), so that the first real use of each is as quick as
 *    the rest. What the shown reviews mention is counted in slices once the list has stayed
 *    as it is for a moment (`afterQuiet` in app/use-mentions): typing a word changes the
 *    list at each key, and counting for each was work thrown away.
 *
 * The search index of a large dataset is built in a worker of its own, not here (see
 * query/loader/index-worker).
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Runs `run` in a task of its own once the next frame is painted (a timeout started from an
 * animation frame callback); returns a function that cancels it.
 */
export function afterNextPaint(run: () => void, win: Window = window): () => void {
  return afterPaints(1, run, win);
}

/**
 * Runs `run` in a task of its own once `count` more frames are painted, each waited for as by
 * afterNextPaint; returns a function that cancels it.
 */
export function afterPaints(count: number, run: () => void, win: Window = window): () => void {
  let frame = 0;
  let timer = 0;
  const wait = (left: number) => {
    frame = win.requestAnimationFrame(() => {
      timer = win.setTimeout(() => (left > 1 ? wait(left - 1) : run()));
    });
  };
  wait(count);
  return () => {
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
  };
}

/** How long work waits for an idle moment at most, in milliseconds. */
const LONGEST_WAIT = 1000;
/** Where the browser has no idle callbacks: a delay long enough for the next frames to be drawn. */
const FALLBACK_DELAY = 100;

/**
 * Runs `run` once the page has nothing else to do (after the frames that answer the last input and
 * the work that follows them), or after a second at most; returns a function that cancels it.
 */
export function whenIdle(run: () => void, win: Window = window): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const handle = win.requestIdleCallback(run, { timeout: LONGEST_WAIT });
    return () => win.cancelIdleCallback(handle);
  }
  const timer = win.setTimeout(run, FALLBACK_DELAY);
  return () => win.clearTimeout(timer);
}

/**
 * Runs `run` once `delay` ms have passed with nothing cancelling it (the caller cancels on each
 * change, so `run` waits for a quiet moment); returns a function that cancels it.
 */
export function afterQuiet(delay: number, run: () => void, win: Window = window): () => void {
  const timer = win.setTimeout(run, delay);
  return () => win.clearTimeout(timer);
}

/**
 * Runs `steps` in order, one per task, `gap` ms apart, the first `delay` ms from now: work that
 * can wait for idle moments (filling caches, letting the engine compile a hot pass) without one
 * long task. Returns a function that stops the steps not yet run.
 */
export function runSpaced(steps: ReadonlyArray<() => void>, delay: number, gap = 50): () => void {
  const queue = [...steps];
  const next = () => {
    const step = queue.shift();
    if (step === undefined) return;
    step();
    timer = setTimeout(next, gap);
  };
  let timer = setTimeout(next, delay);
  return () => clearTimeout(timer);
}

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

/**
 * Runs a generator a slice of about `sliceMs` at a time, one slice per task, until it returns;
 * then calls `done` with what it returned. Returns a function that stops it.
 */
export function runInSlices<T>(
  steps: Generator<void, T>,
  done: (result: T) => void,
  sliceMs = 6,
): () => void {
  let timer = 0;
  const slice = () => {
    const until = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        done(next.value);
        return;
      }
      if (performance.now() >= until) break;
    }
    timer = window.setTimeout(slice);
  };
  timer = window.setTimeout(slice);
  return () => window.clearTimeout(timer);
}
