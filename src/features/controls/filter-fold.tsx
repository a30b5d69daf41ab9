import { useId, useState, type ReactNode } from 'react';
import { countText } from '@/components/format';

interface FilterFoldProps {
  /** How many filter choices inside are in force. */
  active: number;
  children: ReactNode;
}

/**
 * The filters, folded behind one button below 1,120 px (so the first review shows on the first
 * screen), the button saying how many are in force. Wider screens show them always and never show
 * the button (see theme.css).
 */
export function FilterFold({ active, children }: FilterFoldProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <button
        type="button"
        className="button button--quiet filter-fold__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {active === 0 ? (
          'Filters'
        ) : (
          <>
            Filters <span className="filter-fold__count">{`${countText(active)} in force`}</span>
          </>
        )}
      </button>
      <div id={panelId} className="filter-fold__panel" data-open={open || undefined}>
        {children}
      </div>
    </>
  );
}
