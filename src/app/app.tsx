import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { PageSkeleton } from '@/components/skeleton';
import { datasetFileUrl, datasetIndexQuery, datasetQuery } from '@/data/dataset-query';
import { ThemeToggle } from '@/features/controls/theme-toggle';
import { requestedDatasetUrl } from './dataset-source';
import { DatasetView } from './dataset-view';
import { useEffectiveTheme } from './use-effective-theme';

function OpenDataset({ url }: { url: string }) {
  const { data: dataset } = useSuspenseQuery(datasetQuery(url));
  return <DatasetView dataset={dataset} datasetKey={url} />;
}

function DefaultDataset() {
  const { data: index } = useSuspenseQuery(datasetIndexQuery());
  const first = index[0];
  if (!first) throw new Error('No bundled dataset is listed.');
  return <OpenDataset url={datasetFileUrl(first)} />;
}

export function App({ search }: { search?: string }) {
  const requested = requestedDatasetUrl(search);
  const theme = useEffectiveTheme();
  return (
    <>
      <div className="topbar">
        <span className="topbar__brand">Reviewscope</span>
        <ThemeToggle effective={theme} />
      </div>
      <main className="app">
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              onReset={reset}
              fallback={({ error, reset: retry }) => (
                <ErrorPanel
                  title="The reviews could not be loaded."
                  error={error}
                  onRetry={retry}
                />
              )}
            >
              <Suspense fallback={<PageSkeleton />}>
                {requested ? <OpenDataset url={requested} /> : <DefaultDataset />}
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
    </>
  );
}
