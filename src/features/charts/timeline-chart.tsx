import { createContext, memo, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  usePlotArea,
  XAxis,
  YAxis,
} from 'recharts';
import { countOf, countText, decimalText } from '@/components/format';
import { timeline, type TimelineBucket } from '@/query/aggregates';
import type { DatasetSession } from '@/query/dataset-session';
import { periodDays, spanName, type Granularity } from '@/query/periods';
import { focusLater, focusLost, focusTaken, focusWanted } from '@/lib/focus-later';
import { useSameArray } from '@/lib/use-same-array';
import { useDateRange, useViewActions } from '@/store/view-store';
import { axisTick, COUNT_AXIS, CountTopContext } from './axis-tick';
import { ChartFigure } from './chart-figure';
import { countTop, labelledSlots, linearX, linearY } from './plot-scale';

const MARGIN = { top: 8, right: 0, bottom: 0, left: 0 };
const RATING_DOMAIN: [number, number] = [1, 10];
const RATING_TICKS = [1, 4, 7, 10];

const INITIAL_SIZE = { width: 480, height: 240 };
/** A period's mean rating is drawn only from this many ratings: fewer say little. */
export const MEAN_FROM = 5;

const hasMean = (bucket: TimelineBucket) => bucket.ratingMean !== null && bucket.rated >= MEAN_FROM;

/**
 * The periods as buttons over their bars: choosing one shows its reviews (From and To set to
 * it); with Shift, the span from the chosen days to it. Enter and Space do the same.
 */
function PeriodButtons({ buckets }: { buckets: readonly TimelineBucket[] }) {
  const area = usePlotArea();
  const { from, to } = useDateRange();
  const { showDates } = useViewActions();
  const groupRef = useRef<SVGGElement>(null);
  // The chart is drawn again for the dates chosen: the chosen period keeps the focus.
  useEffect(() => {
    const period = focusWanted('periods');
    if (period === null) return;
    // The period itself, or, drawn again finer (a year by months), the first period within it.
    const [first, last] = periodDays(period);
    const chosen = [
      ...(groupRef.current?.querySelectorAll<SVGGElement>('[data-period]') ?? []),
    ].find((element) => {
      const [start] = periodDays(element.dataset.period ?? '');
      return element.dataset.period === period || (start >= first && start <= last);
    });
    // Still the button pressed: the chart may yet be drawn again (by months), so the request
    // stands until then (or until it is stale).
    if (!chosen || document.activeElement === chosen) return;
    focusTaken('periods');
    // Never taken from where the reader has gone meanwhile.
    if (focusLost()) chosen.focus();
  });
  if (!area || buckets.length === 0) return null;
  const band = area.width / buckets.length;
  const choose = (period: string, extend: boolean) => {
    focusLater('periods', period);
    const [first, last] = periodDays(period);
    if (extend && from !== null && to !== null) {
      showDates(first < from ? first : from, last > to ? last : to);
    } else showDates(first, last);
  };
  return (
    <g ref={groupRef} className="time-periods">
      {buckets.map((bucket, slot) => {
        const [first, last] = periodDays(bucket.period);
        return (
          <g
            key={bucket.period}
            role="button"
            tabIndex={0}
            className="time-period"
            data-period={bucket.period}
            aria-label={`${bucket.period}: ${countOf(bucket.total, 'review')}`}
            aria-pressed={from !== null && to !== null && from <= first && to >= last}
            onClick={(event) => choose(bucket.period, event.shiftKey)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              choose(bucket.period, event.shiftKey);
            }}
          >
            <rect
              className="time-period__hit"
              x={area.x + band * slot}
              y={area.y}
              width={band}
              height={area.height}
            />
          </g>
        );
      })}
    </g>
  );
}

interface TimelineChartProps {
  session: DatasetSession;
  indices: Int32Array;
}

/** The buckets reach TimelineMarks through context: the chart around them stays as it is. */
const BucketsContext = createContext<readonly TimelineBucket[]>([]);

/**
 * The bars (spoiler reviews stacked on the others) and the mean stated rating of each period with
 * at least MEAN_FROM ratings, gaps in the line bridged. Drawn from the plot area, in the same
 * render as the data.
 */
function TimelineMarks() {
  const buckets = use(BucketsContext);
  const top = use(CountTopContext);
  const area = usePlotArea();
  if (!area || buckets.length === 0) return null;
  const center = linearX(area, [-0.5, buckets.length - 0.5]);
  const count = linearY(area, [0, top]);
  const rating = linearY(area, RATING_DOMAIN);
  const band = area.width / buckets.length;
  const width = Math.max(band * 0.8, 1);
  // One rectangle per period from one count to another; none where they are equal.
  const bars = (span: (bucket: TimelineBucket) => [number, number]) =>
    buckets.map((bucket, slot) => {
      const [from, to] = span(bucket);
      return from === to ? null : (
        <rect
          key={slot}
          x={center(slot) - width / 2}
          y={count(to)}
          width={width}
          height={count(from) - count(to)}
        />
      );
    });
  const points: Array<[number, number]> = [];
  buckets.forEach((bucket, slot) => {
    if (hasMean(bucket) && bucket.ratingMean !== null) {
      points.push([center(slot), rating(bucket.ratingMean)]);
    }
  });
  return (
    <>
      <g className="time-bar">{bars((bucket) => [0, bucket.nonSpoiler])}</g>
      <g className="time-bar time-bar--spoiler">
        {bars((bucket) => [bucket.nonSpoiler, bucket.total])}
      </g>
      <PeriodButtons buckets={buckets} />
      <g className="time-line">
        {points.length > 1 ? (
          <path d={points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('')} />
        ) : null}
        {points.map(([x, y]) => (
          <circle key={x} cx={x} cy={y} r={3} />
        ))}
      </g>
    </>
  );
}

const PERIOD_HEADINGS: Record<Granularity, string> = {
  month: 'Month',
  year: 'Year',
  decade: 'Decade',
  century: 'Century',
  millennium: 'Millennium',
};

const LEGEND = [
  ['Reviews', 'reviews'],
  ['Spoiler reviews', 'spoilers'],
  [`Mean rating (right axis; periods with ${MEAN_FROM} or more ratings)`, 'mean'],
] as const;

/** The legend's entries for what is drawn: no spoiler swatch without spoilers, no line unless drawn. */
function legendOf(spoilers: boolean, mean: boolean) {
  return LEGEND.filter(([, kind]) =>
    kind === 'spoilers' ? spoilers : kind === 'mean' ? mean : true,
  );
}

export const TimelineChart = memo(function TimelineChart({ session, indices }: TimelineChartProps) {
  // Memoized: a resize re-renders the chart (for its labels) without new reviews to count.
  const { granularity, buckets, undated } = useMemo(
    () => timeline(session, indices),
    [session, indices],
  );
  const dated = buckets.reduce((sum, bucket) => sum + bucket.total, 0);
  // Axes and legend only for what is drawn.
  const meanDrawn = buckets.some(hasMean);
  const spoilersDrawn = buckets.some((bucket) => bucket.spoiler > 0);
  const top = countTop(buckets.reduce((max, bucket) => Math.max(max, bucket.total), 0));
  const slotDomain = useMemo(() => [-0.5, buckets.length - 0.5], [buckets.length]);
  // Every period has a bar; every step-th is labelled, as many as fit side by side in the
  // chart's width (updated when it is resized).
  const [width, setWidth] = useState(INITIAL_SIZE.width);
  const slots = useMemo(
    () => labelledSlots(buckets.length, granularity, width),
    [buckets.length, granularity, width],
  );
  const periods = useSameArray(buckets.map((bucket) => bucket.period));
  const periodOf = useCallback((slot: number) => periods[slot] ?? '', [periods]);
  // recharts draws an axis' ticks only for a chart with data: the periods' positions, which
  // change only with their number (the counts are drawn by TimelineMarks).
  const slotData = useMemo(
    () => Array.from({ length: buckets.length }, (_, slot) => ({ slot })),
    [buckets.length],
  );
  // recharts' part of the chart changes only with the axes; new counts re-render TimelineMarks.
  const plot = useMemo(
    () => (
      <ResponsiveContainer
        width="100%"
        height={240}
        initialDimension={INITIAL_SIZE}
        onResize={setWidth}
      >
        <ComposedChart margin={MARGIN} data={slotData} accessibilityLayer={false}>
          <CartesianGrid vertical={false} yAxisId="count" className="chart-grid" />
          <XAxis
            dataKey="slot"
            type="number"
            domain={slotDomain}
            allowDataOverflow
            ticks={slots}
            interval={0}
            tick={axisTick}
            tickFormatter={periodOf}
            className="chart-axis"
          />
          <YAxis {...COUNT_AXIS} yAxisId="count" className="chart-axis" />
          <YAxis
            yAxisId="rating"
            orientation="right"
            type="number"
            domain={RATING_DOMAIN}
            allowDataOverflow
            ticks={RATING_TICKS}
            interval={0}
            tick={axisTick}
            className="chart-axis"
            width={32}
            hide={!meanDrawn}
          />
          <TimelineMarks />
        </ComposedChart>
      </ResponsiveContainer>
    ),
    [slotData, slotDomain, slots, periodOf, setWidth, meanDrawn],
  );
  const span = spanName(buckets[0]?.period ?? '', buckets.at(-1)?.period ?? '');
  const undatedNote =
    undated > 0
      ? ` ${countOf(undated, 'undated review')} ${undated === 1 ? 'is' : 'are'} not shown.`
      : '';
  const caption =
    buckets.length === 0
      ? `No dated review to place in time${undated > 0 ? ` (${countText(undated)} undated)` : ''}.`
      : `${countOf(dated, 'dated review')}, ${span}: bars count reviews per ${granularity}${spoilersDrawn ? ', spoiler reviews stacked on top' : ''}; ${meanDrawn ? `the line is the mean stated rating where a ${granularity} has ${MEAN_FROM} or more` : `no ${granularity} has the ${MEAN_FROM} ratings a mean is drawn from`}.${undatedNote}`;
  return (
    <ChartFigure
      title="Reviews over time"
      caption={caption}
      chart={
        <>
          <p className="chart-axes" aria-hidden="true">
            <span>Reviews</span>
            {meanDrawn ? <span>Mean rating (1-10)</span> : null}
          </p>
          <BucketsContext value={buckets}>
            <CountTopContext value={top}>{plot}</CountTopContext>
          </BucketsContext>
          <ul className="chart-legend" aria-hidden="true">
            {legendOf(spoilersDrawn, meanDrawn).map(([name, kind]) => (
              <li key={name} className="chart-legend__item">
                <span className={`chart-legend__swatch chart-legend__swatch--${kind}`} />
                {name}
              </li>
            ))}
          </ul>
        </>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{PERIOD_HEADINGS[granularity]}</th>
              <th scope="col">Reviews</th>
              <th scope="col">Spoiler reviews</th>
              <th scope="col">Other reviews</th>
              <th scope="col">Mean stated rating</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.period}>
                <td>{bucket.period}</td>
                <td>{countText(bucket.total)}</td>
                <td>{countText(bucket.spoiler)}</td>
                <td>{countText(bucket.nonSpoiler)}</td>
                <td>
                  {bucket.ratingMean === null
                    ? 'no ratings'
                    : hasMean(bucket)
                      ? `${decimalText(bucket.ratingMean)} from ${countText(bucket.rated)}`
                      : `too few (${countOf(bucket.rated, 'rating')})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
});
