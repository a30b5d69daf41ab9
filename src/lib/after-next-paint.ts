/**
 * Runs `run` in a task of its own once the next frame is painted (a timeout started from an
 * animation frame callback); returns a function that cancels it.
 */
export function afterNextPaint(run: () => void, win: Window = window): () => void {
  let timer = 0;
  const frame = win.requestAnimationFrame(() => {
    timer = win.setTimeout(run);
  });
  return () => {
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
  };
}
