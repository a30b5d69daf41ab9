import { memo, useMemo, type KeyboardEvent } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { ratingSummary } from '@/query/aggregates';
import { RATING_KEYS, type RatingCounts, type RatingKey } from '@/query/run-query';
import { useSameArray } from '@/lib/use-same-array';
import { useRatingFilter, useViewActions } from '@/store/view-store';
import { axisTick } from './axis-tick';
import { ChartFigure } from './chart-figure';
import { countTicks, formatCount } from './plot-scale';

interface RatingDatum {
  key: RatingKey;
  label: string;
  count: number;
}

const CHART_ORDER: readonly RatingKey[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'unrated'];

const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
const TRANSPARENT = { fill: 'transparent' };

const plural = (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'}`;

export function ratingBarName(key: RatingKey, count: number): string {
  return key === 'unrated' ? `Unrated: ${plural(count)}` : `Rating ${key}: ${plural(count)}`;
}

/** One bar as a real button: focusable, named with its count, toggled by click, Enter or Space. */
function RatingBar({ x, y, width, height, background, payload }: BarShapeProps) {
  const datum = payload as RatingDatum;
  // Read here rather than passed in chart data: changing the data remounts every bar and
  // would take keyboard focus away from the bar just pressed.
  const chosen = useRatingFilter().includes(datum.key);
  const { toggleRating } = useViewActions();
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggleRating(datum.key);
    }
  };
  const hit = background ?? { x, y, width, height };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={ratingBarName(datum.key, datum.count)}
      aria-pressed={chosen}
      className={chosen ? 'rating-bar rating-bar--chosen' : 'rating-bar'}
      onClick={() => toggleRating(datum.key)}
      onKeyDown={onKeyDown}
    >
      <rect
        className="rating-bar__hit"
        x={hit.x ?? x}
        y={hit.y ?? y}
        width={hit.width}
        height={hit.height}
        fill="transparent"
      />
      <rect
        className="rating-bar__fill"
        x={x}
        y={y}
        width={width}
        height={Math.max(height, 0)}
        rx={3}
      />
    </g>
  );
}

const one = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

interface RatingChartProps {
  /** Counts over every filter except the rating filter, so the other ratings stay visible. */
  counts: RatingCounts;
}

/** Redrawn only when a count changes (the rating filter itself leaves the counts alone). */
export const RatingChart = memo(RatingChartView, (before, after) =>
  RATING_KEYS.every((key) => before.counts[key] === after.counts[key]),
);

/**
 * The chart's numbers. It reads the rating filter itself, so that choosing a rating re-renders
 * this table and the bars, not the chart around them.
 */
function RatingTable({ counts }: RatingChartProps) {
  const chosen = useRatingFilter();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Rating</th>
          <th scope="col">Reviews</th>
          <th scope="col">Chosen</th>
        </tr>
      </thead>
      <tbody>
        {RATING_KEYS.map((key) => (
          <tr key={key}>
            <td>{key === 'unrated' ? 'Unrated' : key}</td>
            <td>{counts[key]}</td>
            <td>{chosen.includes(key) ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RatingChartView({ counts }: RatingChartProps) {
  const summary = ratingSummary(counts);
  const countsKey = RATING_KEYS.map((key) => counts[key]).join(',');
  // Same counts, same array: recharts keeps its bars (and their focus) across re-renders.
  const data = useMemo<RatingDatum[]>(() => {
    const values = countsKey.split(',').map(Number);
    return CHART_ORDER.map((key) => ({
      key,
      label: key === 'unrated' ? 'n/a' : String(key),
      count: values[RATING_KEYS.indexOf(key)] ?? 0,
    }));
  }, [countsKey]);
  // Explicit ticks and domain, the same arrays while the top stays: recharts then neither works
  // out ticks of its own nor redraws its axes in a render of their own after each change.
  const countAxis = useSameArray(countTicks(Math.max(0, ...data.map((datum) => datum.count))));
  const top = countAxis.at(-1) ?? 1;
  const countDomain = useMemo(() => [0, top], [top]);
  const caption =
    summary.mean === null || summary.median === null
      ? `No review states a rating (0 of ${summary.of} reviews).`
      : `Mean ${one.format(summary.mean)}, median ${one.format(summary.median)} from ${summary.rated} of ${summary.of} reviews (the others state no rating). Choose a bar to filter by it.`;
  return (
    <ChartFigure
      title="Rating distribution"
      caption={caption}
      chart={
        <ResponsiveContainer
          width="100%"
          height={220}
          initialDimension={{ width: 480, height: 220 }}
        >
          <BarChart data={data} margin={MARGIN}>
            <CartesianGrid vertical={false} className="chart-grid" />
            <XAxis
              dataKey="label"
              interval={0}
              tick={axisTick}
              tickLine={false}
              className="chart-axis"
            />
            <YAxis
              type="number"
              domain={countDomain}
              allowDataOverflow
              ticks={countAxis}
              tickFormatter={formatCount}
              tickLine={false}
              interval={0}
              tick={axisTick}
              className="chart-axis"
              width={48}
            />
            <Bar
              dataKey="count"
              isAnimationActive={false}
              background={TRANSPARENT}
              activeBar={false}
              shape={RatingBar}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<RatingTable counts={counts} />}
    />
  );
}
