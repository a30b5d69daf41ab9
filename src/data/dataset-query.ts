import { queryOptions } from '@tanstack/react-query';
import { validateDatasetIndex, type DatasetIndexEntry } from './dataset-index';
import { fetchText, parseJson } from './fetch-json';
import { DatasetLoadError } from './load-error';
import { reportProgress } from './load-progress';
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

function loadInWorker(url: string, signal: AbortSignal): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => worker.terminate();
    signal.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        reportProgress(url, message.progress);
        return;
      }
      stop();
      if (message.type === 'done') resolve(message.dataset);
      else reject(new DatasetLoadError(message.message));
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
