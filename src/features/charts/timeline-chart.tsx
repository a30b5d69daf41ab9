import { memo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { timeline, type TimelineBucket } from '@/query/aggregates';
import type { PreparedDataset } from '@/query/prepare';
import { ChartFigure } from './chart-figure';

const one = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

interface TimelineChartProps {
  prepared: PreparedDataset;
  indices: Int32Array;
}

/** A bar as a bare rectangle (recharts' own measures its outline on every mount). */
function PlainBar({ x, y, width, height }: BarShapeProps) {
  if (!width || !height) return <g />;
  return <rect x={x} y={y} width={width} height={height} />;
}

/** The mean stated rating per period, drawn with the chart's scales, gaps bridged. */
function MeanLine({ buckets }: { buckets: readonly TimelineBucket[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale('rating');
  if (!xScale || !yScale) return null;
  const points: Array<[number, number]> = [];
  for (const bucket of buckets) {
    if (bucket.ratingMean === null) continue;
    const x = xScale(bucket.period, { position: 'middle' });
    const y = yScale(bucket.ratingMean);
    if (x !== undefined && y !== undefined) points.push([x, y]);
  }
  if (points.length === 0) return null;
  return (
    <g className="time-line">
      {points.length > 1 ? (
        <path d={points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('')} />
      ) : null}
      {points.map(([x, y]) => (
        <circle key={x} cx={x} cy={y} r={3} />
      ))}
    </g>
  );
}

const LEGEND = [
  ['Reviews', 'reviews'],
  ['Spoiler reviews', 'spoilers'],
  ['Mean rating', 'mean'],
] as const;

export const TimelineChart = memo(function TimelineChart({
  prepared,
  indices,
}: TimelineChartProps) {
  const { granularity, buckets, undated } = timeline(prepared, indices);
  const dated = buckets.reduce((sum, bucket) => sum + bucket.total, 0);
  const first = buckets[0]?.period;
  const last = buckets.at(-1)?.period;
  const caption =
    buckets.length === 0
      ? `No dated review to place in time${undated > 0 ? ` (${undated} undated)` : ''}.`
      : `${dated} reviews per ${granularity} from ${first} to ${last}, spoiler reviews stacked on top; the line is the mean stated rating.${undated > 0 ? ` ${undated} undated ${undated === 1 ? 'review is' : 'reviews are'} not shown.` : ''}`;
  return (
    <ChartFigure
      title="Reviews over time"
      caption={caption}
      chart={
        <>
          <ResponsiveContainer
            width="100%"
            height={240}
            initialDimension={{ width: 480, height: 240 }}
          >
            <ComposedChart data={buckets} margin={{ top: 8, right: 0, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} className="chart-grid" />
              <XAxis dataKey="period" className="chart-axis" minTickGap={12} />
              <YAxis yAxisId="count" allowDecimals={false} className="chart-axis" width={48} />
              <YAxis
                yAxisId="rating"
                orientation="right"
                domain={[1, 10]}
                allowDataOverflow
                ticks={[1, 4, 7, 10]}
                className="chart-axis"
                width={32}
              />
              <Bar
                yAxisId="count"
                dataKey="nonSpoiler"
                name="Reviews"
                stackId="n"
                className="time-bar"
                fill="var(--chart-1)"
                isAnimationActive={false}
                shape={PlainBar}
              />
              <Bar
                yAxisId="count"
                dataKey="spoiler"
                name="Spoiler reviews"
                stackId="n"
                className="time-bar time-bar--spoiler"
                fill="var(--spoiler-text)"
                isAnimationActive={false}
                shape={PlainBar}
              />
              <MeanLine buckets={buckets} />
            </ComposedChart>
          </ResponsiveContainer>
          <ul className="chart-legend" aria-hidden="true">
            {LEGEND.map(([name, kind]) => (
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
              <th scope="col">{granularity === 'month' ? 'Month' : 'Year'}</th>
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
                <td>{bucket.total}</td>
                <td>{bucket.spoiler}</td>
                <td>{bucket.nonSpoiler}</td>
                <td>
                  {bucket.ratingMean === null
                    ? 'none'
                    : `${one.format(bucket.ratingMean)} (${bucket.rated})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
});
