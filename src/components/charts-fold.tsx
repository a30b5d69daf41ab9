import { useId, useState, type ReactNode } from 'react';

interface ChartsFoldProps {
  /** The charts' gist in one line, shown while they are folded away. */
  summary: string;
  children: ReactNode;
}

/** On narrow screens the charts wait behind one line and `Show charts`, so the list comes first. */
export function ChartsFold({ summary, children }: ChartsFoldProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="charts-fold">
      <div className="charts-fold__line">
        <p className="charts-fold__summary">{summary}</p>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'Hide charts' : 'Show charts'}
        </button>
      </div>
      <div id={id}>{open ? children : null}</div>
    </div>
  );
}
