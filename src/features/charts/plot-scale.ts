import { compactText } from '@/components/format-late';
import type { Granularity } from '@/query/periods';

/**
 * Scales for marks drawn inside a recharts chart from its plot area. The axes get the same domain
 * and ticks as props, so marks and axes agree, and the marks are placed in the same render as the
 * data changes instead of a render later, when recharts' store has caught up with new axes.
 */

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An axis from 0 to 1 (shares, or counts as shares of the count axis' top). */
export const UNIT_DOMAIN: [number, number] = [0, 1];
/** Ticks at every quarter of a unit axis. */
export const QUARTERS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

/** Round steps between count ticks, times a power of ten from 10 up. */
export const ROUND_STEPS: readonly number[] = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The top of a count axis for counts up to `max`: four equal steps, each a whole number up to
 * 10, or past that a round one (ROUND_STEPS times a power of ten); the smallest that reaches `max`.
 */
export function countTop(max: number): number {
  const rough = Math.max(max, 4) / 4;
  if (rough <= 10) return Math.ceil(rough) * 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (ROUND_STEPS.find((m) => m * power >= rough) ?? 10) * power;
  return step * 4;
}

/** Maps [d0, d1] onto the plot area's width, left to right. */
export function linearX(area: PlotArea, [d0, d1]: readonly [number, number]) {
  const span = d1 - d0 || 1;
  return (value: number) => area.x + ((value - d0) / span) * area.width;
}

/** Maps [d0, d1] onto the plot area's height, bottom to top. */
export function linearY(area: PlotArea, [d0, d1]: readonly [number, number]) {
  const span = d1 - d0 || 1;
  return (value: number) => area.y + area.height - ((value - d0) / span) * area.height;
}

/** Maps [d0, d1] (both above 0) onto the plot area's width on a logarithmic scale. */
export function logX(area: PlotArea, [d0, d1]: readonly [number, number]) {
  const low = Math.log(d0);
  const span = Math.log(d1) - low || 1;
  return (value: number) => area.x + ((Math.log(value) - low) / span) * area.width;
}

/** The timeline's two value axes' widths, and the room a label takes per character (0.75rem digits). */
const AXES_WIDTH = 48 + 32;
const LABEL_CHARACTER = 7.5;
const LABEL_GAP = 12;

/** The characters of a period's name at each step: `2005-03`, `2005`, `2000s`, `1900-1999`. */
const NAME_LENGTH: Record<Granularity, number> = {
  month: 7,
  year: 4,
  decade: 5,
  century: 9,
  millennium: 9,
};

/**
 * The slots that get a period label: every step-th, at most 4 months or 5 of a longer period,
 * and no more than fit side by side in a chart `width` pixels wide.
 */
export function labelledSlots(count: number, granularity: Granularity, width: number): number[] {
  const label = NAME_LENGTH[granularity] * LABEL_CHARACTER + LABEL_GAP;
  const fit = Math.max(1, Math.floor((width - AXES_WIDTH) / label));
  const step = Math.ceil(count / Math.min(fit, granularity === 'month' ? 4 : 5));
  return Array.from({ length: count }, (_, slot) => slot).filter((slot) => slot % step === 0);
}

/** A count as an axis label that fits its narrow axis: `950`, `12K`, `1.2M`. */
export function formatCount(value: number): string {
  return compactText(value);
}
