import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type KeyboardEvent,
} from 'react';
import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { Review } from '@/data/review-schema';
import { helpfulness, type HelpfulnessPoint } from '@/query/aggregates';
import type { PreparedDataset } from '@/query/prepare';
import { useViewActions } from '@/store/view-store';
import { ChartFigure } from './chart-figure';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat();
const formatVotes = (value: number) => number.format(value);
const formatShare = (value: number) => percent.format(value);
const SHARE_DOMAIN: [number, number] = [0, 1];
const MARGIN = { top: 8, right: 12, bottom: 8, left: -8 };
const POINT_SIZE: [number, number] = [40, 40];
const LOG_TICKS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 1e6];

interface PointDatum extends HelpfulnessPoint {
  id: string;
  title: string;
  up: number;
  position: number;
}

function describePoint(point: PointDatum): string {
  return `${point.title}: ${number.format(point.up)} of ${number.format(point.total)} found it helpful (${percent.format(point.share)}), lower bound ${percent.format(point.wilson)}`;
}

function reviewTitle(review: Review | undefined): string {
  return review?.title ?? `Untitled review by ${review?.author ?? 'Anonymous'}`;
}

interface PointShapeProps {
  cx?: number;
  cy?: number;
  payload?: PointDatum;
}

interface PointState {
  active: number | null;
  tabStop: number;
  count: number;
  setActive: (position: number | null) => void;
  setTabStop: (position: number) => void;
  choose: (point: PointDatum) => void;
}

// Interaction state reaches the points through context so the chart data stays the same object
// while the reader moves between points; new data would remount every point and drop focus.
const PointContext = createContext<PointState | null>(null);

function HelpPoint({ cx, cy, payload }: PointShapeProps) {
  const state = useContext(PointContext);
  if (cx === undefined || cy === undefined || !payload || !state) return <g />;
  const isActive = state.active === payload.position;
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      state.choose(payload);
    } else if (step !== undefined) {
      event.preventDefault();
      const next = Math.min(Math.max(payload.position + step, 0), state.count - 1);
      state.setTabStop(next);
      event.currentTarget
        .closest('svg')
        ?.querySelector<SVGGElement>(`[data-point="${next}"]`)
        ?.focus();
    }
  };
  return (
    <g
      role="button"
      tabIndex={payload.position === Math.min(state.tabStop, state.count - 1) ? 0 : -1}
      aria-label={describePoint(payload)}
      data-point={payload.position}
      className={isActive ? 'help-point help-point--active' : 'help-point'}
      onClick={() => state.choose(payload)}
      onKeyDown={onKeyDown}
      onFocus={() => state.setActive(payload.position)}
      onMouseEnter={() => state.setActive(payload.position)}
    >
      <circle cx={cx} cy={cy} r={isActive ? 7 : 5} />
    </g>
  );
}

function BoundMark({ cx, cy }: PointShapeProps) {
  if (cx === undefined || cy === undefined) return <g />;
  return <line x1={cx - 4} x2={cx + 4} y1={cy} y2={cy} />;
}

interface HelpfulnessChartProps {
  prepared: PreparedDataset;
  indices: Int32Array;
}

export function HelpfulnessChart({ prepared, indices }: HelpfulnessChartProps) {
  const { spotlightReview } = useViewActions();
  const [active, setActive] = useState<number | null>(null);
  const [tabStop, setTabStop] = useState(0);
  const clearActive = useCallback(() => setActive(null), []);
  const { data, bounds, noVotes, omitted, ticks, domain } = useMemo(() => {
    const summary = helpfulness(prepared, indices);
    const reviews = prepared.dataset.reviews;
    const points: PointDatum[] = summary.points.map((point, position) => {
      const review = reviews[point.index];
      return {
        ...point,
        position,
        id: review?.id ?? '',
        title: reviewTitle(review),
        up: review?.helpful.up ?? 0,
      };
    });
    const maxVotes = points.reduce((max, point) => Math.max(max, point.total), 1);
    return {
      data: points,
      bounds: points.map((point) => ({ ...point, share: point.wilson })),
      noVotes: summary.noVotes,
      omitted: summary.omitted,
      ticks: LOG_TICKS.filter((tick) => tick <= Math.max(10, maxVotes)),
      domain: [1, Math.max(10, maxVotes) * 1.3] as [number, number],
    };
  }, [prepared, indices]);

  const state: PointState = {
    active,
    tabStop,
    count: data.length,
    setActive,
    setTabStop,
    choose: (point) => spotlightReview(point.id),
  };
  const activePoint = active === null ? undefined : data[active];

  const captionParts = [
    'Each review with votes is a point: how many voted against the share that found it helpful. The dash below each is the lower bound of its 95% interval, which ranks "Most helpful".',
    `${number.format(noVotes)} ${noVotes === 1 ? 'review has' : 'reviews have'} no votes and ${noVotes === 1 ? 'is' : 'are'} counted, not plotted.`,
  ];
  if (omitted > 0) {
    captionParts.push(`Only the ${number.format(data.length)} most-voted reviews are plotted.`);
  }

  return (
    <ChartFigure
      title="Helpfulness"
      caption={captionParts.join(' ')}
      chart={
        <PointContext.Provider value={state}>
          <p className="chart__focus" aria-hidden="true">
            {activePoint
              ? describePoint(activePoint)
              : 'Point at or focus a review; choose it to jump to it.'}
          </p>
          <ResponsiveContainer
            width="100%"
            height={240}
            initialDimension={{ width: 480, height: 240 }}
          >
            <ScatterChart margin={MARGIN} onMouseLeave={clearActive}>
              <CartesianGrid className="chart-grid" />
              <XAxis
                type="number"
                dataKey="total"
                name="Votes"
                scale="log"
                domain={domain}
                ticks={ticks}
                allowDataOverflow
                tickFormatter={formatVotes}
                className="chart-axis"
              />
              <YAxis
                type="number"
                dataKey="share"
                name="Found helpful"
                domain={SHARE_DOMAIN}
                tickFormatter={formatShare}
                className="chart-axis"
                width={56}
              />
              <ZAxis range={POINT_SIZE} />
              <Scatter
                name="Lower bound"
                data={bounds}
                className="help-bound"
                isAnimationActive={false}
                shape={BoundMark}
              />
              <Scatter
                name="Found helpful"
                data={data}
                isAnimationActive={false}
                shape={HelpPoint}
              />
            </ScatterChart>
          </ResponsiveContainer>
        </PointContext.Provider>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Found helpful</th>
              <th scope="col">Votes</th>
              <th scope="col">Share</th>
              <th scope="col">Lower bound</th>
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.index}>
                <td>{point.title}</td>
                <td>{point.up}</td>
                <td>{point.total}</td>
                <td>{percent.format(point.share)}</td>
                <td>{percent.format(point.wilson)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
