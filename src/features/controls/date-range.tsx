import { memo, useId } from 'react';
import { isoDay } from '@/query/view-query';
import { useDateRange, useViewActions } from '@/store/view-store';

/**
 * The last day a range can name (the dataset and the address bar write four-digit years). Without
 * a bound a date input takes a fifth year digit, and its value, unreadable here, would empty the
 * field under the reader's typing.
 */
const LAST_DAY = '9999-12-31';

/**
 * A day as a date input can hold it. HTML's dates start in the year 1, the schema's in the year 0:
 * a range from a day of the year 0 (a period's first day) applies, with From left blank.
 */
function inputDay(day: string | null): string {
  return day === null || day < '0001' ? '' : day;
}

interface DateRangeProps {
  /** The first and last day a review is dated, to bound the pickers; null when none is dated. */
  span: readonly [string, string] | null;
}

/** From and To days, both included; either may be empty. With either, undated reviews leave. */
export const DateRange = memo(function DateRange({ span }: DateRangeProps) {
  const { from, to } = useDateRange();
  const { showDates } = useViewActions();
  const fromId = useId();
  const toId = useId();
  return (
    <fieldset className="control date-range">
      <legend>Date</legend>
      <div className="date-range__fields">
        <label htmlFor={fromId}>From</label>
        <input
          id={fromId}
          type="date"
          value={inputDay(from)}
          min={span?.[0]}
          max={to ?? span?.[1] ?? LAST_DAY}
          onChange={(event) => showDates(isoDay(event.target.value), to)}
        />
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="date"
          value={inputDay(to)}
          min={from ?? span?.[0]}
          max={span?.[1] ?? LAST_DAY}
          onChange={(event) => showDates(from, isoDay(event.target.value))}
        />
      </div>
    </fieldset>
  );
});
