import { useEffect, useId, useState } from 'react';
import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { helpfulness, timeline } from '@/query/aggregates';
import { axisTick } from './axis-tick';
import { runSpaced, useOneByOne } from '@/lib/schedule';
import type { DatasetSession } from '@/query/dataset-session';
import type { QueryResult } from '@/query/run-query';
import { HelpfulnessChart } from './helpfulness-chart';
import { RatingChart } from './rating-chart';
import { TimelineChart } from './timeline-chart';

interface ChartsPanelProps {
  session: DatasetSession;
  result: QueryResult;
}

/**
 * Loaded on its own (recharts is large), so the list never waits for it. It is given the list's
 * result after the list has painted (see DatasetView) and redraws the three charts in that task;
 * the helpfulness table follows, a slice of rows per frame. The charts first appear one per
 * frame, starting once the first reviews have painted, so that mounting them is not one long
 * task.
 */
export default function ChartsPanel({ session, result }: ChartsPanelProps) {
  const mounted = useOneByOne(2);
  useWarmAggregates(session);
  const [helpfulnessOpen, setHelpfulnessOpen] = useState(false);
  const helpfulnessId = useId();
  const pending = <div className="chart chart--pending" aria-hidden="true" />;
  return (
    <div className="charts">
      {mounted >= 1 ? <RatingChart counts={result.ratingCounts} /> : pending}
      {mounted >= 2 ? <TimelineChart session={session} indices={result.indices} /> : pending}
      {/* The most detailed chart waits to be asked for, named so it is one click away. */}
      <div className="chart-fold">
        <button
          type="button"
          className="chart-fold__button"
          aria-expanded={helpfulnessOpen}
          aria-controls={helpfulnessId}
          onClick={() => setHelpfulnessOpen((open) => !open)}
        >
          <span className="chart-fold__marker" aria-hidden="true" />
          Helpfulness
        </button>
        <div id={helpfulnessId}>
          {helpfulnessOpen ? <HelpfulnessChart session={session} indices={result.indices} /> : null}
        </div>
      </div>
    </div>
  );
}

/** The pass's two ways (few reviews shown, most shown), each run this many times. */
const WARM_ROUNDS = 3;

/**
 * The charts' one pass over the shown reviews (with the helpfulness chart's points made from it),
 * run a few times in idle moments after a dataset is shown (results dropped): the engine compiles
 * it fully only after that, and the first filters spent twice as long in it as later ones.
 */
function useWarmAggregates(session: DatasetSession) {
  useEffect(() => {
    const few = Int32Array.from({ length: Math.ceil(session.size / 8) }, (_, k) => k * 8);
    const most = Int32Array.from({ length: session.size }, (_, i) => i);
    const step = (shown: Int32Array) => () => {
      // A copy each time: the charts' pass is kept per list of shown reviews.
      const indices = shown.slice();
      timeline(session, indices);
      helpfulness(session, indices);
    };
    return runSpaced(
      Array.from({ length: WARM_ROUNDS }, () => [step(few), step(most)]).flat(),
      1500,
    );
  }, [session]);
}

const WARM_UP_DATA = [1, 2, 3].map((key) => ({ key: String(key) }));

/**
 * An empty chart drawn off-screen while a dataset loads. recharts compiles its code paths the first
 * time a chart is drawn (about 100 ms here); doing that during the load keeps the charts' first
 * appearance after the reviews from being one long task.
 */
export function ChartsWarmUp() {
  // A part more in each task: drawn whole at once, the first chart was one task of 130-260 ms
  // while the loader's worker kept the other core busy.
  const [parts, setParts] = useState(0);
  useEffect(() => {
    if (parts >= 3) return undefined;
    const timer = setTimeout(() => setParts(parts + 1), 0);
    return () => clearTimeout(timer);
  }, [parts]);
  return (
    <div className="charts-warm-up" aria-hidden="true">
      <BarChart width={240} height={120} data={WARM_UP_DATA} accessibilityLayer={false}>
        {parts >= 1 ? <CartesianGrid vertical={false} /> : null}
        {parts >= 2 ? <XAxis dataKey="key" interval={0} tick={axisTick} /> : null}
        {parts >= 3 ? <YAxis interval={0} tick={axisTick} width={48} /> : null}
      </BarChart>
    </div>
  );
}
