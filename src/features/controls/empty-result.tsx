import { EmptyState } from '@/components/empty-state';
import { ratingLabelList } from '@/query/rating-words';
import { isFiltered, type ViewQuery } from '@/query/view-query';
import { useViewActions } from '@/store/view-store';

/**
 * What emptied the list, and one button per filter in force to undo just that one, so the reader
 * need not guess which filter to loosen.
 */
export function EmptyResult({ view }: { view: ViewQuery }) {
  const { searchFor, showView, setHideSpoilers, showDates, clearFilters } = useViewActions();
  if (!isFiltered(view)) {
    return <EmptyState title="This dataset has no reviews." />;
  }
  const search = view.search.trim();
  const reasons: string[] = [];
  if (search !== '') reasons.push(`the search “${search}”`);
  if (view.ratings.length > 0)
    reasons.push(
      `${view.ratings.length === 1 ? 'rating' : 'ratings'} ${ratingLabelList(view.ratings)}`,
    );
  if (view.hideSpoilers) reasons.push('spoilers hidden');
  const dated = view.from !== null || view.to !== null;
  if (dated) reasons.push(`dates ${view.from ?? '…'} to ${view.to ?? '…'}`);
  const several =
    (search !== '' ? 1 : 0) +
      (view.ratings.length > 0 ? 1 : 0) +
      (view.hideSpoilers ? 1 : 0) +
      (dated ? 1 : 0) >
    1;
  return (
    <EmptyState title={`No reviews match ${reasons.join(', with ')}.`}>
      <p className="empty-state__hint">Undo a filter to see reviews again:</p>
      <div className="empty-state__actions">
        {search !== '' ? (
          <button type="button" className="button" onClick={() => searchFor('')}>
            {`Remove search "${search}"`}
          </button>
        ) : null}
        {view.ratings.length > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => showView({ ...view, ratings: [] })}
          >
            Clear ratings
          </button>
        ) : null}
        {view.hideSpoilers ? (
          <button type="button" className="button" onClick={() => setHideSpoilers(false)}>
            Show spoiler reviews
          </button>
        ) : null}
        {dated ? (
          <button type="button" className="button" onClick={() => showDates(null, null)}>
            Clear dates
          </button>
        ) : null}
        {several ? (
          <button type="button" className="button button--quiet" onClick={clearFilters}>
            Clear all filters
          </button>
        ) : null}
      </div>
    </EmptyState>
  );
}
