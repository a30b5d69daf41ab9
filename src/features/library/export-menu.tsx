import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { DatasetSession } from '@/query/dataset-session';

// The menu loads when Export is pointed at or focused, so it is there by the time it is pressed.
const loadList = () => import('./export-menu-list');
const ExportMenuList = lazy(() =>
  loadList().then((module) => ({ default: module.ExportMenuList })),
);

interface ExportMenuProps {
  /** The open dataset, with its inferred tones. */
  session: DatasetSession;
  /** The current view: reviews after filters, search and sort. */
  indices: Int32Array;
}

export function ExportMenu({ session, indices }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const onClose = useCallback(() => setOpen(false), []);

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onPointerEnter={() => void loadList()}
        onFocus={() => void loadList()}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportMenuList
            id={menuId}
            session={session}
            indices={indices}
            buttonRef={buttonRef}
            onClose={onClose}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
