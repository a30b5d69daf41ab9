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
