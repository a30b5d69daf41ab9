import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/lib/schedule';

describe('whenIdle', () => {
  afterEach(() => vi.useRealTimers());

  it('runs in an idle callback, waiting a second at most, and can be cancelled', () => {
    const calls: Array<{ run: () => void; timeout: number | undefined }> = [];
    const cancelled: number[] = [];
    const win = {
      requestIdleCallback: (run: () => void, options?: { timeout?: number }) => {
        calls.push({ run, timeout: options?.timeout });
        return 7;
      },
      cancelIdleCallback: (handle: number) => cancelled.push(handle),
    } as unknown as Window;
    const run = vi.fn();
    const cancel = whenIdle(run, win);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.timeout).toBe(1000);
    expect(run).not.toHaveBeenCalled();
    calls[0]?.run();
    expect(run).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelled).toEqual([7]);
  });

  it('falls back to a short delay without idle callbacks', () => {
    vi.useFakeTimers();
    const win = {
      setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
      clearTimeout: (timer: number) => clearTimeout(timer),
    } as unknown as Window;
    const run = vi.fn();
    whenIdle(run, win);
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    const again = vi.fn();
    whenIdle(again, win)();
    vi.advanceTimersByTime(200);
    expect(again).not.toHaveBeenCalled();
  });
});
