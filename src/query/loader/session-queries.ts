import { queryOptions } from '@tanstack/react-query';
import { BUNDLED_INDEX } from '@/data/bundled-index';
import { datasetFileUrl } from '@/data/dataset-query';
import { sessionOnlyDataset } from '@/data/library-session-store';
import { DatasetLoadError } from '@/data/load-error';
import { reportProgress } from '@/data/load-progress';
import { queryKeys } from '@/data/query-keys';
import { fetchOk, fetchText } from '@/data/fetch-json';
import { sameOriginUrl } from '@/data/same-origin';
import type { DatasetSession } from '../dataset-session';
import type { SessionSource } from './session-worker';

// The open dataset has one owner: the query cache. Each query below hands it a ready
// DatasetSession, and the cache disposes of it when it lets the entry go or replaces it (see
// app/query-client). Components ask the session and keep nothing of it.

function absolute(url: string): string {
  return new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
}

/**
 * Up to this many reviews, a bundled film is read here rather than in the loader's worker:
 * starting a worker costs more than reading a small file (see docs/performance.md, cold start).
 */
export const READ_HERE_UP_TO = 1000;

/** Whether `url` is a bundled film small enough to read on the page itself. */
function smallBundled(url: string): boolean {
  return BUNDLED_INDEX.some(
    (entry) => entry.reviewCount <= READ_HERE_UP_TO && absolute(datasetFileUrl(entry)) === url,
  );
}

/** A small bundled film, read here (openBundledText); the session's code loads meanwhile. */
async function openBundled(url: string, signal: AbortSignal): Promise<DatasetSession> {
  const [text, { openBundledText }] = await Promise.all([
    fetchText(url, 'the dataset', signal),
    import('./open-session'),
  ]);
  return openBundledText(text, url);
}

/** Loads off the main thread where workers exist and the dataset is not small, else here. */
async function load(source: SessionSource, signal: AbortSignal): Promise<DatasetSession | null> {
  if (source.kind === 'url' && smallBundled(source.url)) return openBundled(source.url, signal);
  // The worker's client loads with the first dataset that needs it (a small bundled film does not).
  if (typeof Worker !== 'undefined') {
    return (await import('./load-in-worker')).loadInWorker(source, signal);
  }
  // The dataset is asked for at once; the validator (fetched only here, where there is no worker
  // to run it) and the session's code come meanwhile.
  const started = source.kind === 'url' ? fetchOk(source.url, 'the dataset', signal) : undefined;
  // Its failure is read where it is awaited, once the code is here.
  started?.catch(() => undefined);
  const [{ readDataset }, { openSession }] = await Promise.all([
    import('@/data/read-dataset'),
    import('./open-session'),
  ]);
  const dataset =
    source.kind === 'url'
      ? await readDataset(source.url, reportProgress, signal, started)
      : await (await import('@/data/library-db')).readLibraryDataset(source.id);
  return dataset === null ? null : openSession(dataset, { index: 'always' });
}

// Datasets are large: one no longer shown is let go half a minute after, not five.
const GC_MS = 30_000;

const sessionOptions = {
  staleTime: Infinity,
  gcTime: GC_MS,
  // A dataset that is missing or malformed stays so: retrying only delays the message.
  retry: false,
  // A session is one object with a life of its own, never rebuilt from a copy.
  structuralSharing: false,
} as const;

/** The dataset at a URL (on this site only: the worker's requests are not under the page's policy). */
export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: queryKeys.dataset(url),
    queryFn: async ({ signal }): Promise<DatasetSession> => {
      if (sameOriginUrl(url, globalThis.location?.href ?? 'http://localhost/') === null) {
        throw new DatasetLoadError(
          `Could not load the dataset from ${url}: only datasets on this site are opened.`,
        );
      }
      const session = await load({ kind: 'url', url: absolute(url) }, signal);
      if (session === null) throw new DatasetLoadError(`Could not load the dataset from ${url}.`);
      return session;
    },
    ...sessionOptions,
  });
}

/** An imported dataset, read from the library when opened; null when it is not there. */
export function librarySessionQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.librarySession(id),
    queryFn: async ({ signal }): Promise<DatasetSession | null> => {
      const kept = sessionOnlyDataset(id);
      if (kept) return (await import('./open-session')).openSession(kept, { index: 'always' });
      return load({ kind: 'library', id }, signal);
    },
    ...sessionOptions,
  });
}
