import { QueryErrorResetBoundary, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { PageSkeleton } from '@/components/skeleton';
import { datasetFileUrl, datasetIndexQuery, datasetQuery } from '@/data/dataset-query';
import { libraryQuery } from '@/data/library-query';
import type { Dataset } from '@/data/review-schema';
import { ThemeToggle } from '@/features/controls/theme-toggle';
import { LibraryBar, type OpenSource } from '@/features/library/library-bar';
import { useDatasetKey } from '@/store/view-store';
import { requestedDatasetUrl } from './dataset-source';
import { DatasetView, preloadCharts } from './dataset-view';
import { useEffectiveTheme } from './use-effective-theme';

const ChartsWarmUp = lazy(() =>
  preloadCharts().then((module) => ({ default: module.ChartsWarmUp })),
);

/** The skeleton while a dataset loads; meanwhile the charts' code loads and warms up too. */
function Loading() {
  return (
    <>
      <PageSkeleton />
      <ErrorBoundary fallback={() => null}>
        <Suspense fallback={null}>
          <ChartsWarmUp />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

function LoadedDataset({ url, source }: { url: string; source: OpenSource }) {
  const { data: dataset } = useSuspenseQuery(datasetQuery(url));
  return <Opened dataset={dataset} datasetKey={url} source={source} />;
}

function Opened({
  dataset,
  datasetKey,
  source,
}: {
  dataset: Dataset;
  datasetKey: string;
  source: OpenSource;
}) {
  return (
    <>
      <LibraryBar dataset={dataset} source={source} />
      <DatasetView dataset={dataset} datasetKey={datasetKey} />
    </>
  );
}

/** Picks the dataset the URL names: a library key, a `?data=` URL, or the first bundled one. */
function DatasetRoot({ search }: { search?: string }) {
  const key = useDatasetKey();
  const { data: index } = useSuspenseQuery(datasetIndexQuery());
  const library = useQuery(libraryQuery());

  if (key?.startsWith('local:')) {
    const id = key.slice('local:'.length);
    if (library.isPending) return <PageSkeleton />;
    const entry = library.data?.find((candidate) => candidate.id === id);
    if (!entry) {
      return (
        <>
          <LibraryBar dataset={null} source={{ kind: 'missing', key }} />
          <ErrorPanel
            title="This imported dataset is not in the library."
            error={
              library.error ??
              new Error('It may have been deleted, or imported in another browser.')
            }
          />
        </>
      );
    }
    return (
      <Opened dataset={entry.dataset} datasetKey={key} source={{ kind: 'local', key, entry }} />
    );
  }

  const bundled = key === null ? null : index.find((entry) => entry.slug === key);
  const requested = key === null ? requestedDatasetUrl(search) : null;
  if (requested) return <LoadedDataset url={requested} source={{ kind: 'url', key: requested }} />;
  const entry = bundled ?? index[0];
  if (!entry) throw new Error('No bundled dataset is listed.');
  return (
    <LoadedDataset url={datasetFileUrl(entry)} source={{ kind: 'bundled', key: entry.slug }} />
  );
}

export function App({ search }: { search?: string }) {
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
              <Suspense fallback={<Loading />}>
                <DatasetRoot search={search} />
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
    </>
  );
}
