import { useMemo } from 'react';
import { useAfterPaint, useOneByOne } from '@/lib/use-after-paint';
import type { PreparedDataset } from '@/query/prepare';
import type { QueryResult } from '@/query/run-query';
import { HelpfulnessChart } from './helpfulness-chart';
import { RatingChart } from './rating-chart';
import { TimelineChart } from './timeline-chart';

interface ChartsPanelProps {
  prepared: PreparedDataset;
  result: QueryResult;
}

/**
 * Loaded on its own (recharts is large), so the list never waits for it. The charts update one
 * after the other, each after the previous one has painted, so no single task redraws all three;
 * they first appear the same way.
 */
export default function ChartsPanel({ prepared, result }: ChartsPanelProps) {
  const shown = useMemo(() => ({ prepared, indices: result.indices }), [prepared, result.indices]);
  const timeline = useAfterPaint(shown);
  const help = useAfterPaint(timeline);
  const mounted = useOneByOne(3);
  const pending = <div className="chart chart--pending" aria-hidden="true" />;
  return (
    <div className="charts">
      <RatingChart counts={result.ratingCounts} />
      {mounted >= 3 ? (
        <HelpfulnessChart prepared={help.prepared} indices={help.indices} />
      ) : (
        pending
      )}
      {mounted >= 2 ? (
        <TimelineChart prepared={timeline.prepared} indices={timeline.indices} />
      ) : (
        pending
      )}
    </div>
  );
}
