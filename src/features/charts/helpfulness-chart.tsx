import {
  createContext,
  memo,
  use,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import {
  CartesianGrid,
  ResponsiveContainer,
  ScatterChart,
  usePlotArea,
  XAxis,
  YAxis,
} from 'recharts';
import type { Review } from '@/data/review-schema';
import { helpfulness, type HelpfulnessPoint } from '@/query/aggregates';
import type { DatasetSession } from '@/query/dataset-session';
import { sortedOrder } from '@/query/run-query';
import { spotlightReview } from '@/store/spotlight';
import { closeBidi } from '@/lib/bidi';
import { useInSlices, useOneByOne } from '@/lib/schedule';
import { NAME_LIMIT, shortenText, TITLE_LIMIT } from '@/lib/shorten-text';
import { axisTick } from './axis-tick';
import { ChartFigure } from './chart-figure';
import { countText, percentText } from '@/components/format';
import { linearY, logX, QUARTERS, UNIT_DOMAIN, type PlotArea } from './plot-scale';

const MARGIN = { top: 8, right: 12, bottom: 8, left: 0 };
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

/** A point's hit area: 24 px across, the least a finger is asked to hit (WCAG 2.5.8). */
const TARGET_RADIUS = 12;

const NO_POINTS: readonly PointDatum[] = [];
/** Table rows replaced per frame: each slice is a short layout. */
const TABLE_SLICE = 60;
/** Point buttons replaced per frame. */
const BUTTON_SLICE = 100;

interface PointDatum extends HelpfulnessPoint {
  id: string;
  title: string;
  up: number;
  position: number;
  text: PointText;
}

interface PointText {
  /** The point's accessible name. */
  label: string;
  share: string;
  wilson: string;
}

/**
 * A review's texts do not change with the view: they are worked out once per review, not for
 * every point on every change.
 */
const texts = new WeakMap<DatasetSession, Map<number, PointText>>();

function textOf(
  prepared: DatasetSession,
  point: HelpfulnessPoint,
  title: string,
  up: number,
): PointText {
  let known = texts.get(prepared);
  if (!known) {
    known = new Map();
    texts.set(prepared, known);
  }
  let text = known.get(point.index);
  if (text === undefined) {
    const share = percentText(point.share);
    const wilson = percentText(point.wilson);
    const label = `${closeBidi(title)}: ${countText(up)} of ${countText(point.total)} found it helpful (${share}), lower bound ${wilson}`;
    text = { label, share, wilson };
    known.set(point.index, text);
  }
  return text;
}

/**
 * One row of the table. Memoized on what it shows, so a slice of new rows re-renders those rows
 * only, and a row whose review kept its place is left alone.
 */
const HelpRow = memo(function HelpRow({
  title,
  up,
  total,
  text,
}: Pick<PointDatum, 'title' | 'up' | 'total' | 'text'>) {
  return (
    <tr>
      <td>{title}</td>
      <td>{countText(up)}</td>
      <td>{countText(total)}</td>
      <td>{text.share}</td>
      <td>{text.wilson}</td>
    </tr>
  );
});

/** The plotted reviews' numbers, read by screen readers; re-rendered only with new points. */
const HelpTable = memo(function HelpTable({ rows }: { rows: readonly PointDatum[] }) {
  return (
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
        {rows.map((point) => (
          <HelpRow
            key={point.position}
            title={point.title}
            up={point.up}
            total={point.total}
            text={point.text}
          />
        ))}
      </tbody>
    </table>
  );
});

/** The review as its point and table row name it: shortened like the card's heading. */
function reviewTitle(review: Review | undefined): string {
  if (review?.title != null) return shortenText(review.title, TITLE_LIMIT).shown;
  return `Untitled review by ${shortenText(review?.author ?? 'Anonymous', NAME_LIMIT).shown}`;
}

/** What the points share: the point named beside the chart, the tab stop, and choosing one. */
interface PointActions {
  setActive: (point: PointDatum | null) => void;
  setTabStop: (position: number) => void;
  choose: (point: PointDatum) => void;
}

interface PointButtonProps {
  position: number;
  label: string;
  tabStop: boolean;
  x: number;
  y: number;
}

/**
 * One point's button. Memoized on what it shows, so a slice of new buttons re-renders those only,
 * and a button whose review kept its place and its spot is left alone.
 */
const PointButton = memo(function PointButton({
  position,
  label,
  tabStop,
  x,
  y,
}: PointButtonProps) {
  return (
    <circle
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={label}
      data-point={position}
      className="help-point"
      cx={x}
      cy={y}
      r={TARGET_RADIUS}
    />
  );
});

interface PointButtonsProps {
  buttons: readonly PointDatum[];
  area: PlotArea;
  domain: readonly [number, number];
  tabStop: number;
  actions: PointActions;
}

/**
 * One button per plotted review, over its dot: what the pointer, the keyboard and screen readers
 * reach. Their handlers sit on the group around them, which finds the point by `data-point`.
 */
const PointButtons = memo(function PointButtons({
  buttons,
  area,
  domain,
  tabStop,
  actions,
}: PointButtonsProps) {
  const xOf = logX(area, domain);
  const yOf = linearY(area, UNIT_DOMAIN);
  const stop = Math.min(tabStop, buttons.length - 1);
  const pointOf = (target: EventTarget): PointDatum | undefined => {
    const position = target instanceof Element ? target.getAttribute('data-point') : null;
    return position === null ? undefined : buttons[Number(position)];
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const point = pointOf(event.target);
    if (!point) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.choose(point);
    } else if (step !== undefined) {
      event.preventDefault();
      const next = Math.min(Math.max(point.position + step, 0), buttons.length - 1);
      actions.setTabStop(next);
      event.currentTarget.querySelector<SVGElement>(`[data-point="${next}"]`)?.focus();
    }
  };
  const onPoint = (event: { target: EventTarget }) => {
    const point = pointOf(event.target);
    if (point) actions.setActive(point);
  };
  return (
    <g
      className="help-points"
      onClick={(event) => {
        const point = pointOf(event.target);
        if (point) actions.choose(point);
      }}
      onKeyDown={onKeyDown}
      onFocus={onPoint}
      onMouseOver={onPoint}
    >
      {buttons.map((point) => (
        <PointButton
          key={point.position}
          position={point.position}
          label={point.text.label}
          tabStop={point.position === stop}
          x={xOf(point.total)}
          y={yOf(point.share)}
        />
      ))}
    </g>
  );
});

interface HelpPointsProps {
  /** The votes axis' domain (logarithmic); the share axis runs from 0 to 1. */
  domain: readonly [number, number];
}

interface PointsValue {
  /** The plotted reviews, drawn at once. */
  data: readonly PointDatum[];
  /** The same reviews as buttons, which follow the drawing a slice per frame. */
  buttons: readonly PointDatum[];
  active: PointDatum | null;
  tabStop: number;
  actions: PointActions;
}

/** The points and their state reach HelpPoints through context: the chart around them stays. */
const PointsContext = createContext<PointsValue | null>(null);

/**
 * A coordinate in path data, to a hundredth of a pixel: the full number has up to 17 digits, and
 * the browser parses the whole path (300 dots) on every change of points.
 */
const at = (value: number) => Math.round(value * 100) / 100;

/** A circle of radius `r` around (x, y) as path commands. */
const dot = (x: number, y: number, r: number) =>
  `M${at(x - r)},${at(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;

/**
 * The points, placed from the plot area on the axes' domains. What is seen is drawn as two paths
 * (dots, and the dashes at their lower bounds), so a change of points is two attributes to update
 * and two elements to restyle, not a few hundred; the buttons over the dots follow in slices.
 * Drawn here rather than as recharts series: a series wraps every point in several components,
 * and reading recharts' scales would draw them twice, once more when its store has the new axes.
 */
function HelpPoints({ domain }: HelpPointsProps) {
  const points = use(PointsContext);
  const area = usePlotArea();
  if (!area || !points) return null;
  const { data, buttons, active, tabStop, actions } = points;
  const xOf = logX(area, domain);
  const yOf = linearY(area, UNIT_DOMAIN);
  let bounds = '';
  let dots = '';
  for (const point of data) {
    const x = xOf(point.total);
    bounds += `M${at(x - 4)},${at(yOf(point.wilson))}h8`;
    dots += dot(x, yOf(point.share), 5);
  }
  return (
    <>
      {/* The dashes go underneath, so that no dash covers another review's point. */}
      <path className="help-bounds" aria-hidden="true" d={bounds} />
      <path className="help-dots" aria-hidden="true" d={dots} />
      {active ? (
        <path
          className="help-dot--active"
          aria-hidden="true"
          d={dot(xOf(active.total), yOf(active.share), 7)}
        />
      ) : null}
      <PointButtons
        buttons={buttons}
        area={area}
        domain={domain}
        tabStop={tabStop}
        actions={actions}
      />
    </>
  );
}

/** The point named beside the chart, and the points it was named among. */
interface Named {
  point: PointDatum;
  among: readonly PointDatum[];
}

interface HelpfulnessChartProps {
  prepared: DatasetSession;
  indices: Int32Array;
}

export const HelpfulnessChart = memo(function HelpfulnessChart({
  prepared,
  indices,
}: HelpfulnessChartProps) {
  const [named, setNamed] = useState<Named | null>(null);
  const [tabStop, setTabStop] = useState(0);
  const clearActive = useCallback(() => setNamed(null), []);
  const { data, noVotes, omitted } = useMemo(() => {
    const summary = helpfulness(prepared, indices);
    const reviews = prepared.dataset.reviews;
    const points: PointDatum[] = summary.points.map((point, position) => {
      const review = reviews[point.index];
      const title = reviewTitle(review);
      const up = review?.helpful.up ?? 0;
      const text = textOf(prepared, point, title, up);
      return { ...point, position, id: review?.id ?? '', title, up, text };
    });
    return { data: points, noVotes: summary.noVotes, omitted: summary.omitted };
  }, [prepared, indices]);
  // The votes axis spans the whole dataset: filters move no point sideways and leave recharts'
  // part of the chart as it is.
  const mostVotes = useMemo(
    () => Math.max(1, prepared.votes[sortedOrder(prepared, 'votes')[0] ?? -1] ?? 0),
    [prepared],
  );
  const ticks = useMemo(() => voteTicks(mostVotes), [mostVotes]);
  const domain = useMemo<[number, number]>(() => [1, ticks.at(-1) ?? 10], [ticks]);

  // A point named before the reviews changed may have gone: it is named only with its points.
  const current = useRef(data);
  useLayoutEffect(() => {
    current.current = data;
  }, [data]);
  const active = named?.among === data ? named.point : null;
  const actions = useMemo<PointActions>(
    () => ({
      setActive: (point) => setNamed(point ? { point, among: current.current } : null),
      setTabStop,
      choose: (point) => spotlightReview(point.id),
    }),
    [],
  );
  // On the chart's first appearance its 300 points follow its axes a frame later, so that
  // mounting it is two shorter tasks rather than one long one.
  const drawn = useOneByOne(1) === 1 ? data : NO_POINTS;
  // The buttons over the dots are replaced a slice per frame after the dots are drawn: updating
  // and restyling 300 of them with the dots took longer than the rest of the charts together.
  const buttons = useInSlices(drawn, BUTTON_SLICE, NO_POINTS);
  const points = useMemo(
    () => ({ data: drawn, buttons, active, tabStop, actions }),
    [drawn, buttons, active, tabStop, actions],
  );
  // recharts' part of the chart changes only with the votes axis; new points re-render HelpPoints.
  const plot = useMemo(
    () => (
      <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 480, height: 240 }}>
        <ScatterChart margin={MARGIN} onMouseLeave={clearActive} accessibilityLayer={false}>
          <CartesianGrid className="chart-grid" />
          <XAxis
            type="number"
            dataKey="total"
            name="Votes"
            scale="log"
            domain={domain}
            ticks={ticks}
            interval={0}
            tick={axisTick}
            allowDataOverflow
            tickFormatter={countText}
            className="chart-axis"
          />
          <YAxis
            type="number"
            dataKey="share"
            name="Found helpful"
            domain={UNIT_DOMAIN}
            ticks={QUARTERS}
            allowDataOverflow
            tickFormatter={percentText}
            interval={0}
            tick={axisTick}
            className="chart-axis"
            width={56}
          />
          <HelpPoints domain={domain} />
        </ScatterChart>
      </ResponsiveContainer>
    ),
    [domain, ticks, clearActive],
  );
  // The table (up to 300 rows, read by screen readers) follows the points, a slice of rows per
  // frame, from the start too.
  const tableData = useInSlices(data, TABLE_SLICE, NO_POINTS);

  const captionParts = [
    'Each review with votes is a point: how many voted against the share that found it helpful. The dash below each is the lower bound of its 95% interval, which ranks "Most helpful".',
    `${countText(noVotes)} ${noVotes === 1 ? 'review has' : 'reviews have'} no votes and ${noVotes === 1 ? 'is' : 'are'} counted, not plotted.`,
  ];
  if (omitted > 0) {
    captionParts.push(`Only the ${countText(data.length)} most-voted reviews are plotted.`);
  }

  return (
    <ChartFigure
      title="Helpfulness"
      titleHidden
      caption={captionParts.join(' ')}
      chart={
        <>
          <p className="chart__focus" aria-hidden="true">
            {active ? active.text.label : 'Point at or focus a review; choose it to jump to it.'}
          </p>
          <PointsContext value={points}>{plot}</PointsContext>
        </>
      }
      table={<HelpTable rows={tableData} />}
    />
  );
});
