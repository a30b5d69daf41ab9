import { QueryErrorResetBoundary, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { PageSkeleton } from '@/components/skeleton';
import { parseDatasetKey, refusedDataMessage, requestedData } from '@/data/dataset-key';
import { datasetFileUrl, datasetIndexQuery } from '@/data/dataset-query';
import { libraryQuery, type LibraryEntry } from '@/data/library-query';
import { ThemeToggle } from '@/features/controls/theme-toggle';
import { filmLabel, LibraryBar, type OpenSource } from '@/features/library/library-bar';
import { datasetQuery, librarySessionQuery, type LoadedDataset } from '@/query/session-query';
import { useDatasetKey, useViewActions } from '@/store/view-store';
import { preloadCharts } from './charts-loader';
import { DatasetView } from './dataset-view';
import { StorageProblem } from './storage-problem';
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
  const { data: loaded } = useSuspenseQuery(datasetQuery(url));
  return <Opened loaded={loaded} datasetKey={url} source={source} />;
}

function Opened({
  loaded,
  datasetKey,
  source,
}: {
  loaded: LoadedDataset;
  datasetKey: string;
  source: OpenSource;
}) {
  return (
    <>
      <LibraryBar dataset={loaded.dataset} source={source} />
      <DatasetView key={datasetKey} loaded={loaded} datasetKey={datasetKey} />
    </>
  );
}

/** A way back from a dataset that cannot be opened: the first bundled film. */
function OpenBundled() {
  const { data: index } = useSuspenseQuery(datasetIndexQuery());
  const { openDataset } = useViewActions();
  const first = index[0];
  if (!first) return null;
  return (
    <button type="button" className="button button--quiet" onClick={() => openDataset(null)}>
      {`Open ${filmLabel({ title: first.film, year: first.year })}`}
    </button>
  );
}

function Unopened({
  datasetKey,
  title,
  reason,
}: {
  datasetKey: string;
  title: string;
  reason: string;
}) {
  return (
    <>
      <LibraryBar dataset={null} source={{ kind: 'missing', key: datasetKey }} />
      <ErrorPanel title={title} error={new Error(reason)}>
        <OpenBundled />
      </ErrorPanel>
    </>
  );
}

function LocalDataset({ entry, datasetKey }: { entry: LibraryEntry; datasetKey: string }) {
  const { data: loaded } = useSuspenseQuery(librarySessionQuery(entry.id));
  if (loaded === null) {
    return (
      <Unopened
        datasetKey={datasetKey}
        title="This imported dataset is not in the library."
        reason="It may have been deleted, maybe in another tab."
      />
    );
  }
  return (
    <Opened
      loaded={loaded}
      datasetKey={datasetKey}
      source={{ kind: 'local', key: datasetKey, entry }}
    />
  );
}

/** Picks the dataset the URL names: a library key, a `?data=` URL, or the first bundled one. */
function DatasetRoot({ search }: { search?: string }) {
  const key = useDatasetKey();
  const { data: index } = useSuspenseQuery(datasetIndexQuery());
  const library = useQuery(libraryQuery());

  const parsed = key === null ? null : parseDatasetKey(key);
  if (key !== null && parsed?.kind === 'local') {
    const { id } = parsed;
    if (library.isPending) return <PageSkeleton />;
    const entry = library.data?.entries.find((candidate) => candidate.id === id);
    if (!entry) {
      return (
        <Unopened
          datasetKey={key}
          title="This imported dataset is not in the library."
          reason={
            library.data?.problem ??
            library.error?.message ??
            'It may have been deleted, or imported in another browser.'
          }
        />
      );
    }
    return <LocalDataset key={key} entry={entry} datasetKey={key} />;
  }

  const bundled =
    parsed?.kind === 'bundled' ? index.find((entry) => entry.slug === parsed.slug) : undefined;
  const requested = key === null ? requestedData(search) : { kind: 'none' as const };
  if (requested.kind === 'refused') {
    return (
      <Unopened
        datasetKey="refused"
        title="This dataset was not opened."
        reason={refusedDataMessage(requested.value)}
      />
    );
  }
  if (requested.kind === 'url') {
    return <LoadedDataset url={requested.url} source={{ kind: 'url', key: requested.url }} />;
  }
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
        <StorageProblem />
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
