import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { timeline } from '@/query/aggregates';
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

export function TimelineChart({ prepared, indices }: TimelineChartProps) {
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
              ticks={[1, 4, 7, 10]}
              className="chart-axis"
              width={32}
            />
            <Legend wrapperStyle={{ fontSize: '0.85rem' }} />
            <Bar
              yAxisId="count"
              dataKey="nonSpoiler"
              name="Reviews"
              stackId="n"
              className="time-bar"
              fill="var(--chart-1)"
              isAnimationActive={false}
            />
            <Bar
              yAxisId="count"
              dataKey="spoiler"
              name="Spoiler reviews"
              stackId="n"
              className="time-bar time-bar--spoiler"
              fill="var(--spoiler-text)"
              isAnimationActive={false}
            />
            <Line
              yAxisId="rating"
              dataKey="ratingMean"
              name="Mean rating"
              className="time-line"
              stroke="var(--accent)"
              connectNulls
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
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
}
