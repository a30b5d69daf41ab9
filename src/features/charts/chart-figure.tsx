import { useId, useState, type ReactNode } from 'react';
import { useAfterPaint } from '@/lib/use-after-paint';

interface ChartFigureProps {
  title: string;
  /** What the chart shows, in words (read with the figure). */
  caption: ReactNode;
  chart: ReactNode;
  /** The chart's numbers; visually hidden until Show data, always read by screen readers. */
  table: ReactNode;
}

export function ChartFigure({ title, caption, chart, table }: ChartFigureProps) {
  const headingId = useId();
  const tableId = useId();
  const [showData, setShowData] = useState(false);
  // While the table is visually hidden it follows the chart by a painted frame: it is laid out
  // all the same (screen readers read it), and that can wait until the chart is drawn.
  const lateTable = useAfterPaint(table);
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption className="chart__caption">
        <h3 id={headingId} className="chart__title">
          {title}
        </h3>
        <p className="chart__summary">{caption}</p>
      </figcaption>
      <div className="chart__plot">{chart}</div>
      <button
        type="button"
        className="link-button chart__toggle"
        aria-expanded={showData}
        aria-controls={tableId}
        onClick={() => setShowData((value) => !value)}
      >
        {showData ? 'Hide data' : 'Show data'}
      </button>
      <div id={tableId} className={showData ? 'chart__data' : 'chart__data visually-hidden'}>
        {showData ? table : lateTable}
      </div>
    </figure>
  );
}
