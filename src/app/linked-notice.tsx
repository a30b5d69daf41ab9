import { useViewActions } from '@/store/view-store';

/** Why the review a link points to is not in the list: hidden by the filters, or not there. */
export function LinkedNotice({ hidden }: { hidden: boolean }) {
  const { clearFilters } = useViewActions();
  return (
    <div className="linked-notice" aria-live="polite">
      {hidden ? (
        <>
          <p>The review this link points to is hidden by the current filters.</p>
          <button type="button" className="button button--small" onClick={clearFilters}>
            Show it
          </button>
        </>
      ) : (
        <p>The review this link points to is not in this dataset.</p>
      )}
    </div>
  );
}
