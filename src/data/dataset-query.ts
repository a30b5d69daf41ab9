import { queryOptions } from '@tanstack/react-query';
import { validateDatasetIndex, type DatasetIndexEntry } from './dataset-index';
import { fetchText, parseJson } from './fetch-json';
import { DatasetLoadError } from './load-error';
import { reportProgress } from './load-progress';
import { sameOriginUrl } from './same-origin';
import type { SearchIndex } from '@/lib/search-index';
import type { Dataset } from './review-schema';
import type { WorkerResponse } from './dataset-worker';

export { DatasetLoadError } from './load-error';

export const DEFAULT_INDEX_URL = `${import.meta.env.BASE_URL}data/index.json`;

function absolute(url: string): string {
  return new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
}

async function fetchIndex(url: string, signal?: AbortSignal): Promise<DatasetIndexEntry[]> {
  const what = 'the list of datasets';
  const { text } = await fetchText(url, what, undefined, signal);
  return validateDatasetIndex(parseJson(text, what, url));
}

export function datasetIndexQuery(indexUrl: string = DEFAULT_INDEX_URL) {
  return queryOptions({
    queryKey: ['dataset-index', indexUrl],
    queryFn: ({ signal }) => fetchIndex(indexUrl, signal),
    staleTime: Infinity,
  });
}

/** Where an index entry's file lives, relative to the index it came from. */
export function datasetFileUrl(
  entry: DatasetIndexEntry,
  indexUrl: string = DEFAULT_INDEX_URL,
): string {
  const base = new URL(indexUrl, globalThis.location?.href ?? 'http://localhost/');
  const resolved = new URL(entry.file, base);
  return resolved.origin === base.origin ? resolved.pathname + resolved.search : resolved.href;
}

const searchIndexes = new WeakMap<Dataset, Promise<SearchIndex | null>>();

/**
 * The search index the loader is building for a dataset it loaded, or undefined when it builds
 * none (the dataset came from elsewhere). Resolves to null when the loader stopped first.
 */
export function searchIndexFromLoader(dataset: Dataset): Promise<SearchIndex | null> | undefined {
  return searchIndexes.get(dataset);
}

function loadInWorker(url: string, signal: AbortSignal): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    // After the dataset, the worker goes on to build its search index.
    let indexed: (index: SearchIndex | null) => void = () => undefined;
    const stop = () => {
      worker.terminate();
      indexed(null);
    };
    signal.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        reportProgress(url, message.progress);
      } else if (message.type === 'done') {
        searchIndexes.set(
          message.dataset,
          new Promise((resolveIndex) => {
            indexed = resolveIndex;
          }),
        );
        resolve(message.dataset);
      } else if (message.type === 'index') {
        indexed(message.index);
        stop();
      } else {
        stop();
        reject(new DatasetLoadError(message.message));
      }
    };
    worker.onerror = () => {
      stop();
      reject(
        new DatasetLoadError(`Could not load the dataset from ${url}: the loader failed to start.`),
      );
    };
    worker.postMessage({ url: absolute(url) });
  });
}

/** Loads off the main thread where workers exist; the validator is fetched only when needed. */
export async function loadDataset(url: string, signal: AbortSignal): Promise<Dataset> {
  // The page's content policy does not reach the worker: the origin is checked here instead.
  if (sameOriginUrl(url, globalThis.location?.href ?? 'http://localhost/') === null) {
    throw new DatasetLoadError(
      `Could not load the dataset from ${url}: only datasets on this site are opened.`,
    );
  }
  if (typeof Worker !== 'undefined') return loadInWorker(url, signal);
  const { readDataset } = await import('./read-dataset');
  return readDataset(url, (progress) => reportProgress(url, progress), signal);
}

export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
    // A dataset that is missing or malformed stays so: retrying only delays the message.
    retry: false,
  });
}
