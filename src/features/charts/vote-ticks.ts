const LOG_TICKS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 1e6];

/**
 * 1-2-5 ticks up to a thousand votes; past that, powers of ten only, so the labels fit. The last
 * tick is the first one past the most-voted point, so every point sits inside a labelled span.
 */
export function voteTicks(maxVotes: number): number[] {
  const most = Math.max(10, maxVotes);
  const powersOnly = most > 1000;
  const candidates = powersOnly
    ? LOG_TICKS.filter((tick) => Math.log10(tick) % 1 === 0)
    : LOG_TICKS;
  const last = candidates.find((tick) => tick > most) ?? 10 ** Math.ceil(Math.log10(most + 1));
  return [...candidates.filter((tick) => tick < last), last];
}
