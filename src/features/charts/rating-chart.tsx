import { createContext, memo, use, useMemo, type KeyboardEvent } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, usePlotArea, XAxis, YAxis } from 'recharts';
import { ratingSummary } from '@/query/aggregates';
import {
  RATING_KEYS,
  sameRatingCounts,
  type RatingCounts,
  type RatingKey,
} from '@/query/view-query';
import { useAfterPaint } from '@/lib/schedule';
import { useRatingFilter, useViewActions } from '@/store/view-store';
import { axisTick, COUNT_AXIS, CountTopContext } from './axis-tick';
import { ChartFigure } from './chart-figure';
import { countTop, linearY } from './plot-scale';

const CHART_ORDER: readonly RatingKey[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'unrated'];
/** The category axis' labels; the bars are drawn by RatingBars from the counts. */
const AXIS_DATA = CHART_ORDER.map((key) => ({ label: key === 'unrated' ? 'n/a' : String(key) }));

const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };

const plural = (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'}`;

export function ratingBarName(key: RatingKey, count: number): string {
  return key === 'unrated' ? `Unrated: ${plural(count)}` : `Rating ${key}: ${plural(count)}`;
}

/** The counts reach the bars through context: the chart around them stays as it is. */
const CountsContext = createContext<RatingCounts | null>(null);

/**
 * The ratings chosen in the filter, as the chart shows them: a painted frame behind the filter,
 * like the rest of the charts, so that choosing a rating re-renders the list and the filter in
 * the frame that answers it, and the bars and the table in the charts' frame.
 */
const ChosenContext = createContext<readonly RatingKey[]>([]);

interface RatingBarProps {
  rating: RatingKey;
  count: number;
  /** The band the rating has on the axis, the bar's hit area. */
  band: { x: number; y: number; width: number; height: number };
  fill: { x: number; y: number; width: number; height: number };
}

/** One bar as a real button: focusable, named with its count, toggled by click, Enter or Space. */
function RatingBar({ rating, count, band, fill }: RatingBarProps) {
  const chosen = use(ChosenContext).includes(rating);
  const { toggleRating } = useViewActions();
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggleRating(rating);
    }
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={ratingBarName(rating, count)}
      aria-pressed={chosen}
      className={chosen ? 'rating-bar rating-bar--chosen' : 'rating-bar'}
      onClick={() => toggleRating(rating)}
      onKeyDown={onKeyDown}
    >
      <rect className="rating-bar__hit" {...band} fill="transparent" />
      {fill.height > 0 ? <rect className="rating-bar__fill" {...fill} rx={3} /> : null}
    </g>
  );
}

/**
 * The bars, placed from the plot area on the count axis' domain, in the same render as new
 * counts. Keyed by rating, so a bar keeps its element (and keyboard focus) as counts change.
 */
function RatingBars() {
  const counts = use(CountsContext);
  const top = use(CountTopContext);
  const area = usePlotArea();
  if (!area || !counts) return null;
  const band = area.width / CHART_ORDER.length;
  // recharts' default gap between categories: a tenth of the band on each side.
  const width = band * 0.8;
  const y = linearY(area, [0, top]);
  return (
    <g className="rating-bars">
      {CHART_ORDER.map((rating, slot) => {
        const count = counts[rating];
        const x = area.x + slot * band;
        return (
          <RatingBar
            key={rating}
            rating={rating}
            count={count}
            band={{ x, y: area.y, width: band, height: area.height }}
            fill={{ x: x + band * 0.1, y: y(count), width, height: y(0) - y(count) }}
          />
        );
      })}
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
const RatingChartBody = memo(RatingChartView, (before, after) =>
  sameRatingCounts(before.counts, after.counts),
);

/** The chart, with the rating filter's choices a painted frame behind (see ChosenContext). */
export function RatingChart({ counts }: RatingChartProps) {
  const chosen = useAfterPaint(useRatingFilter());
  return (
    <ChosenContext value={chosen}>
      <RatingChartBody counts={counts} />
    </ChosenContext>
  );
}

interface RatingTableProps extends RatingChartProps {
  chosen: readonly RatingKey[];
}

/** The chart's numbers, and which ratings are chosen. */
function RatingTable({ counts, chosen }: RatingTableProps) {
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
  // Read here and handed to the table (not read by the table itself), so that while the table is
  // visually hidden it follows the drawn bars by a frame, as after a change of counts.
  const chosen = use(ChosenContext);
  const summary = ratingSummary(counts);
  const top = countTop(Math.max(...RATING_KEYS.map((key) => counts[key])));
  // recharts' part is the same for every count (its count axis runs from 0 to 1): new counts
  // re-render the bars and the count labels only.
  const plot = useMemo(
    () => (
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 480, height: 220 }}>
        <BarChart data={AXIS_DATA} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis
            dataKey="label"
            interval={0}
            tick={axisTick}
            tickLine={false}
            className="chart-axis chart-axis--ratings"
          />
          <YAxis {...COUNT_AXIS} tickLine={false} className="chart-axis" />
          <RatingBars />
        </BarChart>
      </ResponsiveContainer>
    ),
    [],
  );
  const caption =
    summary.mean === null || summary.median === null
      ? `No review states a rating (0 of ${summary.of} reviews).`
      : `Mean ${one.format(summary.mean)}, median ${one.format(summary.median)} from ${summary.rated} of ${summary.of} reviews (the others state no rating). Choose a bar to filter by it.`;
  return (
    <ChartFigure
      title="Rating distribution"
      caption={caption}
      chart={
        <CountsContext value={counts}>
          <CountTopContext value={top}>{plot}</CountTopContext>
        </CountsContext>
      }
      table={<RatingTable counts={counts} chosen={chosen} />}
    />
  );
}
