import type { PreparedDataset } from '@/query/prepare';
import type { QueryResult } from '@/query/run-query';
import { HelpfulnessChart } from './helpfulness-chart';
import { RatingChart } from './rating-chart';
import { TimelineChart } from './timeline-chart';

interface ChartsPanelProps {
  prepared: PreparedDataset;
  result: QueryResult;
}

/** Loaded on its own (recharts is large), so the list never waits for it. */
export default function ChartsPanel({ prepared, result }: ChartsPanelProps) {
  return (
    <div className="charts">
      <RatingChart counts={result.ratingCounts} />
      <HelpfulnessChart prepared={prepared} indices={result.indices} />
      <TimelineChart prepared={prepared} indices={result.indices} />
    </div>
  );
}
