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
