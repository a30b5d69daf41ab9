import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import type { Dataset } from '@/data/review-schema';
import { ClearFilters } from '@/features/controls/clear-filters';
import { RatingFilter } from '@/features/controls/rating-filter';
import { ResultStatus } from '@/features/controls/result-status';
import { SearchBox } from '@/features/controls/search-box';
import { SortSelect } from '@/features/controls/sort-select';
import { SpoilerToggle } from '@/features/controls/spoiler-toggle';
import { ReviewList } from '@/features/reviews/review-list';
import { prepareDataset } from '@/query/prepare';
import { runQuery } from '@/query/run-query';
import { isFiltered, useViewQuery } from '@/store/view-store';

// recharts is the heaviest dependency: the list renders without waiting for it.
const ChartsPanel = lazy(() => import('@/features/charts/charts-panel'));

interface DatasetViewProps {
  dataset: Dataset;
  /** Identifies the dataset for the reader's votes and revealed spoilers. */
  datasetKey: string;
}

export function DatasetView({ dataset, datasetKey }: DatasetViewProps) {
  const prepared = useMemo(() => prepareDataset(dataset), [dataset]);
  const view = useViewQuery();
  // Typing stays responsive: the list follows the deferred view, the input the live one.
  const deferredView = useDeferredValue(view);
  const result = useMemo(() => runQuery(prepared, deferredView), [prepared, deferredView]);
  const filtered = isFiltered(view);
  const { title, year } = dataset.film;
  const shown = result.indices.length;

  return (
    <>
      <header className="page-header">
        <h1>{year === null ? title : `${title} (${year})`}</h1>
        {dataset.declaredReviewCount !== null ? (
          <p className="page-header__declared">
            {dataset.reviews.length} of {dataset.declaredReviewCount} reviews on the copied page
          </p>
        ) : null}
      </header>
      <ErrorBoundary
        fallback={({ error, reset }) => (
          <ErrorPanel title="The controls failed." error={error} onRetry={reset} />
        )}
      >
        <section className="controls" aria-label="Sort and filter">
          <div className="controls__row">
            <SearchBox />
            <SortSelect />
            <SpoilerToggle />
          </div>
          <RatingFilter counts={result.ratingCounts} />
          <div className="controls__row controls__row--status">
            <ResultStatus shown={shown} total={result.total} />
            {filtered && shown > 0 ? <ClearFilters /> : null}
          </div>
        </section>
      </ErrorBoundary>
      <div className="layout">
        <section className="layout__charts" aria-labelledby="charts-heading">
          <h2 id="charts-heading" className="visually-hidden">
            Charts
          </h2>
          <ErrorBoundary
            fallback={({ error, reset }) => (
              <ErrorPanel title="The charts could not be shown." error={error} onRetry={reset} />
            )}
          >
            <Suspense fallback={<div className="charts charts--loading" aria-busy="true" />}>
              <ChartsPanel prepared={prepared} result={result} />
            </Suspense>
          </ErrorBoundary>
        </section>
        <section className="layout__reviews" aria-labelledby="reviews-heading">
          <h2 id="reviews-heading" className="visually-hidden">
            Reviews
          </h2>
          <ErrorBoundary
            fallback={({ error, reset }) => (
              <ErrorPanel title="The reviews could not be shown." error={error} onRetry={reset} />
            )}
          >
            {shown === 0 ? (
              <EmptyState
                title={
                  filtered ? 'No reviews match these filters.' : 'This dataset has no reviews.'
                }
              >
                {filtered ? <ClearFilters /> : null}
              </EmptyState>
            ) : (
              <ReviewList
                reviews={dataset.reviews}
                order={result.indices}
                datasetKey={datasetKey}
                query={deferredView.search}
              />
            )}
          </ErrorBoundary>
        </section>
      </div>
    </>
  );
}
