import { useId, useState, type ReactNode } from 'react';

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
        {table}
      </div>
    </figure>
  );
}
