import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useAfterPaint } from '@/lib/schedule';

interface ChartFigureProps {
  title: string;
  /** What the chart shows, in words (read with the figure). */
  caption: ReactNode;
  chart: ReactNode;
  /** The chart's numbers; visually hidden until Show data, always read by screen readers. */
  table: ReactNode;
  /** The title is shown by the control that opens the chart: kept for the figure's name only. */
  titleHidden?: boolean;
}

export function ChartFigure({ title, caption, chart, table, titleHidden }: ChartFigureProps) {
  const headingId = useId();
  const tableId = useId();
  const [showData, setShowData] = useState(false);
  // While the table is visually hidden it follows the chart by a painted frame: it is laid out
  // all the same (screen readers read it), and that can wait until the chart is drawn.
  const lateTable = useAfterPaint(table);
  // recharts draws its layers into <g> elements through React portals, and React listens for
  // focus events on every portal's container; Chromium makes an SVG element with focus listeners
  // a tab stop, so each chart gained three stops with no name. They are taken out of the order.
  const plotRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const untab = () => {
      for (const layer of plot.querySelectorAll(
        'g[class^="recharts-zIndex-layer"]:not([tabindex])',
      )) {
        layer.setAttribute('tabindex', '-1');
      }
    };
    untab();
    // recharts adds its layers after its own first render.
    const observer = new MutationObserver(untab);
    observer.observe(plot, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption className="chart__caption">
        <h3 id={headingId} className={titleHidden ? 'visually-hidden' : 'chart__title'}>
          {title}
        </h3>
        <p className="chart__summary">{caption}</p>
      </figcaption>
      <div ref={plotRef} className="chart__plot">
        {chart}
      </div>
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
