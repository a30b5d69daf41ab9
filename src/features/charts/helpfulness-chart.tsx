import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CartesianGrid, ResponsiveContainer, ScatterChart, XAxis, YAxis } from 'recharts';
import { countText, percentText } from '@/components/format';
import { useInSlices, useOneByOne } from '@/lib/schedule';
import { helpfulness } from '@/query/aggregates';
import type { DatasetSession } from '@/query/dataset-session';
import { sortedOrder } from '@/query/run-query';
import { spotlightReview } from '@/store/spotlight';
import { axisTick } from './axis-tick';
import { ChartFigure } from './chart-figure';
import { reviewTitle, textOf, type PointDatum } from './help-point-text';
import { HelpPoints, PointsContext, type PointActions } from './help-points';
import { HelpTable } from './help-table';
import { QUARTERS, UNIT_DOMAIN } from './plot-scale';
import { voteTicks } from './vote-ticks';

const MARGIN = { top: 8, right: 12, bottom: 8, left: 0 };

const NO_POINTS: readonly PointDatum[] = [];
/** Point buttons replaced per frame. */
const BUTTON_SLICE = 100;
/** Table rows replaced per frame: each slice is a short layout. */
const TABLE_SLICE = 60;

/** The point named beside the chart, and the points it was named among. */
interface Named {
  point: PointDatum;
  among: readonly PointDatum[];
}

interface HelpfulnessChartProps {
  session: DatasetSession;
  indices: Int32Array;
}

export const HelpfulnessChart = memo(function HelpfulnessChart({
  session,
  indices,
}: HelpfulnessChartProps) {
  const [named, setNamed] = useState<Named | null>(null);
  const [tabStop, setTabStop] = useState(0);
  const clearActive = useCallback(() => setNamed(null), []);
  const { data, noVotes, omitted } = useMemo(() => {
    const summary = helpfulness(session, indices);
    const reviews = session.dataset.reviews;
    const points: PointDatum[] = summary.points.map((point, position) => {
      const review = reviews[point.index];
      const title = reviewTitle(review);
      const up = review?.helpful.up ?? 0;
      const text = textOf(session, point, title, up);
      return { ...point, position, id: review?.id ?? '', title, up, text };
    });
    return { data: points, noVotes: summary.noVotes, omitted: summary.omitted };
  }, [session, indices]);
  // The votes axis spans the whole dataset: filters move no point sideways and leave recharts'
  // part of the chart as it is.
  const mostVotes = useMemo(
    () => Math.max(1, session.votes[sortedOrder(session, 'votes')[0] ?? -1] ?? 0),
    [session],
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
