import { SkipLink } from '@/components/skip-link';
import { QueryErrorResetBoundary, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createContext, lazy, Suspense, use, useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { PageSkeleton } from './page-skeleton';
import { parseDatasetKey, refusedDataMessage, requestedData } from '@/data/dataset-key';
import { datasetFileUrl, datasetIndexQuery } from '@/data/dataset-query';
import { libraryQuery, type LibraryEntry } from '@/data/library-query';
import { DamagedDatasetError } from '@/data/load-error';
import { DeleteDamagedButton } from '@/features/library/delete-damaged-button';
import { ThemeSelect } from '@/features/controls/theme-select';
import { filmLabel, LibraryBar, type OpenSource } from '@/features/library/library-bar';
import type { DatasetSession } from '@/query/dataset-session';
import { datasetQuery, librarySessionQuery } from '@/query/loader/session-queries';
import { useDatasetKey, useViewActions } from '@/store/view-store';
import { preloadCharts } from './charts-loader';
import { DatasetView } from './dataset-view';
import { StorageProblem } from './storage-problem';
import { useEffectiveTheme } from './use-effective-theme';

const ChartsWarmUp = lazy(() =>
  preloadCharts().then((module) => ({ default: module.ChartsWarmUp })),
);

/** A load longer than this has the charts' code load and warm up meanwhile. */
const WARM_CHARTS_AFTER_MS = 1000;

/**
 * The skeleton while a dataset loads. A long load has the charts' code load and warm up
 * meanwhile; a short one leaves the page to the first reviews, and the charts follow them.
 */
function Loading() {
  const [long, setLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLong(true), WARM_CHARTS_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <PageSkeleton />
      {long ? (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <ChartsWarmUp />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}

/** A dataset read from a URL: a bundled film, or one a `?data=` address names. */
function UrlDataset({ url, source }: { url: string; source: OpenSource }) {
  const { data: session } = useSuspenseQuery(datasetQuery(url));
  return <Opened session={session} datasetKey={url} source={source} />;
}

/** Where the dataset switcher and Import go: the quiet bar at the top, beside the theme. */
const LibrarySlot = createContext<HTMLElement | null>(null);

function InLibrarySlot({ children }: { children: ReactNode }) {
  const slot = use(LibrarySlot);
  return slot ? createPortal(children, slot) : null;
}

/** Where a film's word counts are kept in the library: a film opened by an address has none. */
function libraryIdOf(source: OpenSource): string | null {
  if (source.kind === 'local') return source.entry.id;
  if (source.kind === 'bundled') return `bundled:${source.key}`;
  return null;
}

function Opened({
  session,
  datasetKey,
  source,
}: {
  session: DatasetSession;
  datasetKey: string;
  source: OpenSource;
}) {
  return (
    <>
      <InLibrarySlot>
        <LibraryBar dataset={session.dataset} source={source} />
      </InLibrarySlot>
      <DatasetView
        key={datasetKey}
        session={session}
        datasetKey={datasetKey}
        libraryId={libraryIdOf(source)}
      />
    </>
  );
}

/**
 * A way back from a dataset that cannot be opened: the first bundled film, named by its key so
 * that a `?data=` address in the URL gives way to it. `onOpen` clears the failure shown.
 */
function OpenBundledButton({ onOpen }: { onOpen?: () => void }) {
  const { data: index } = useSuspenseQuery(datasetIndexQuery());
  const key = useDatasetKey();
  const { openDataset } = useViewActions();
  const first = index[0];
  // Opening the film that failed would only fail again: Retry says that already.
  const bundledOpen = key === first?.slug || (key === null && requestedData().kind === 'none');
  if (!first || bundledOpen) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        openDataset(first.slug);
        onOpen?.();
      }}
    >
      {`Open ${filmLabel({ title: first.film, year: first.year })}`}
    </button>
  );
}

/** The button, or nothing when the list of bundled films cannot be had either. */
function OpenBundled({ onOpen }: { onOpen?: () => void }) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <OpenBundledButton onOpen={onOpen} />
      </Suspense>
    </ErrorBoundary>
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
      <InLibrarySlot>
        <LibraryBar dataset={null} source={{ kind: 'missing', key: datasetKey }} />
      </InLibrarySlot>
      <ErrorPanel title={title} error={new Error(reason)}>
        <OpenBundled />
      </ErrorPanel>
    </>
  );
}

function LocalDataset({ entry, datasetKey }: { entry: LibraryEntry; datasetKey: string }) {
  const { data: session } = useSuspenseQuery(librarySessionQuery(entry.id));
  if (session === null) {
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
      session={session}
      datasetKey={datasetKey}
      source={{ kind: 'local', key: datasetKey, entry }}
    />
  );
}

/** Hands an error on to the boundary above. */
function Rethrow({ error }: { error: Error }): never {
  throw error;
}

/**
 * A library dataset, or, when its stored reviews are damaged, why it cannot be opened and a way
 * to delete it: the Dataset list and the other films stay at hand. Other failures go to the
 * page's own boundary, with Retry.
 */
function LibraryDataset({ entry, datasetKey }: { entry: LibraryEntry; datasetKey: string }) {
  return (
    <ErrorBoundary
      fallback={({ error }) =>
        error instanceof DamagedDatasetError ? (
          <>
            <InLibrarySlot>
              <LibraryBar dataset={null} source={{ kind: 'damaged', key: datasetKey }} />
            </InLibrarySlot>
            <ErrorPanel title="This imported dataset cannot be opened." error={error}>
              <DeleteDamagedButton entry={entry} />
              <OpenBundled />
            </ErrorPanel>
          </>
        ) : (
          <Rethrow error={error} />
        )
      }
    >
      <LocalDataset entry={entry} datasetKey={datasetKey} />
    </ErrorBoundary>
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
    return <LibraryDataset key={key} entry={entry} datasetKey={key} />;
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
    return <UrlDataset url={requested.url} source={{ kind: 'url', key: requested.url }} />;
  }
  const entry = bundled ?? index[0];
  if (!entry) throw new Error('No bundled dataset is listed.');
  return <UrlDataset url={datasetFileUrl(entry)} source={{ kind: 'bundled', key: entry.slug }} />;
}

export function App({ search }: { search?: string }) {
  useEffectiveTheme();
  const [librarySlot, setLibrarySlot] = useState<HTMLElement | null>(null);
  return (
    <LibrarySlot value={librarySlot}>
      <SkipLink />
      <div className="topbar">
        <span className="topbar__brand">Reviewscope</span>
        <div className="topbar__tools">
          <div ref={setLibrarySlot} className="topbar__library" />
          <ThemeSelect />
        </div>
      </div>
      <main className="app">
        <StorageProblem />
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              onReset={reset}
              fallback={({ error, reset: retry }) => (
                <ErrorPanel title="The reviews could not be loaded." error={error} onRetry={retry}>
                  <OpenBundled onOpen={retry} />
                </ErrorPanel>
              )}
            >
              <Suspense fallback={<Loading />}>
                <DatasetRoot search={search} />
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
    </LibrarySlot>
  );
}
