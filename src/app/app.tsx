import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { datasetFileUrl, datasetIndexQuery, datasetQuery } from '@/data/dataset-query';
import { requestedDatasetUrl } from './dataset-source';

function OpenDataset({ url }: { url: string }) {
  const { data: dataset } = useSuspenseQuery(datasetQuery(url));
  const { title, year } = dataset.film;
  return (
    <header className="page-header">
      <h1>{year === null ? title : `${title} (${year})`}</h1>
      <p role="status">
        Showing {dataset.reviews.length} of {dataset.reviews.length} reviews
      </p>
    </header>
  );
}

function DefaultDataset() {
  const { data: index } = useSuspenseQuery(datasetIndexQuery());
  const first = index[0];
  if (!first) throw new Error('No bundled dataset is listed.');
  return <OpenDataset url={datasetFileUrl(first)} />;
}

export function App() {
  const requested = requestedDatasetUrl();
  return (
    <main className="app">
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallback={({ error, reset: retry }) => (
              <ErrorPanel title="The reviews could not be loaded." error={error} onRetry={retry} />
            )}
          >
            <Suspense fallback={<p aria-busy="true">Loading reviews…</p>}>
              {requested ? <OpenDataset url={requested} /> : <DefaultDataset />}
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </main>
  );
}
