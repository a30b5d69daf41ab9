import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runSpaced } from '@/lib/schedule';

describe('runSpaced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the steps in order, one per gap after the delay, and stops when told', () => {
    const ran: string[] = [];
    const stop = runSpaced(
      ['a', 'b', 'c', 'd'].map((name) => () => void ran.push(name)),
      500,
      50,
    );
    vi.advanceTimersByTime(499);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(49);
    expect(ran).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a', 'b']);
    stop();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['a', 'b']);
  });

  it('stops before the first step too', () => {
    const step = vi.fn();
    runSpaced([step], 100)();
    vi.advanceTimersByTime(1000);
    expect(step).not.toHaveBeenCalled();
  });
});
