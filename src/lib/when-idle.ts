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
