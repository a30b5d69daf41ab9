import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint, afterPaints } from '@/lib/schedule';

/** A window whose frames and timeouts run when the test says. */
function fakeWindow() {
  let frames: Array<() => void> = [];
  let timers: Array<() => void> = [];
  const win = {
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    cancelAnimationFrame: (handle: number) => {
      frames = frames.map((callback, k) => (k === handle - 1 ? () => undefined : callback));
    },
    setTimeout: (callback: () => void) => timers.push(callback),
    clearTimeout: (handle: number) => {
      timers = timers.map((callback, k) => (k === handle - 1 ? () => undefined : callback));
    },
  } as unknown as Window;
  /** Paints a frame: its animation frame callbacks, then the timeouts they started. */
  const paint = () => {
    const due = frames;
    frames = [];
    due.forEach((callback) => callback());
    const later = timers;
    timers = [];
    later.forEach((callback) => callback());
  };
  return { win, paint };
}

describe('afterPaints', () => {
  it('runs after the given number of painted frames, in a task after the last', () => {
    const { win, paint } = fakeWindow();
    const run = vi.fn();
    afterPaints(2, run, win);
    paint();
    expect(run).not.toHaveBeenCalled();
    paint();
    expect(run).toHaveBeenCalledTimes(1);
    paint();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after one frame as afterNextPaint', () => {
    const { win, paint } = fakeWindow();
    const run = vi.fn();
    afterNextPaint(run, win);
    paint();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('is cancelled while waiting for any of its frames', () => {
    for (const cancelAfter of [0, 1]) {
      const { win, paint } = fakeWindow();
      const run = vi.fn();
      const cancel = afterPaints(2, run, win);
      for (let k = 0; k < cancelAfter; k += 1) paint();
      cancel();
      paint();
      paint();
      expect(run).not.toHaveBeenCalled();
    }
  });
});
