import { queryOptions } from '@tanstack/react-query';
import { sessionOnlyDataset } from '@/data/library-query';
import { DamagedDatasetError, DatasetLoadError } from '@/data/load-error';
import { reportProgress } from '@/data/load-progress';
import type { Review } from '@/data/review-schema';
import { sameOriginUrl } from '@/data/same-origin';
import type { SearchIndex } from './search-index';
import type { SortedOrder } from './dataset-session';
import type { LoadedDataset } from './loaded-dataset';
import type { SessionRequest, SessionResponse, SessionSource } from './session-worker';
import type { SortKey } from './view-query';

function absolute(url: string): string {
  return new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
}

function loadInWorker(source: SessionSource, signal: AbortSignal): Promise<LoadedDataset | null> {
  // The bodies come as bytes: what keeps them and what reads them load beside the worker, not
  // with the page.
  const stored = import('@/data/stored-review');
  Promise.all([import('./byte-match'), import('./text-match')])
    .then(([{ storedBodyTest }, { testBodiesWith }]) => testBodiesWith(storedBodyTest))
    .catch(() => undefined);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./session-worker.ts', import.meta.url), { type: 'module' });
    let indexed: (index: SearchIndex | null) => void = () => undefined;
    const index = new Promise<SearchIndex | null>((resolveIndex) => {
      indexed = resolveIndex;
    });
    type Orders = ReadonlyArray<readonly [SortKey, SortedOrder]>;
    let ordered: (orders: Orders) => void = () => undefined;
    const laterOrders = new Promise<Orders>((resolveOrders) => {
      ordered = resolveOrders;
    });
    const stop = () => {
      worker.terminate();
      indexed(null);
      ordered([]);
    };
    signal.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    const reviews: Review[] = [];
    const handle = async (message: SessionResponse) => {
      switch (message.type) {
        case 'progress':
          reportProgress(message.progress);
          break;
        case 'reviews': {
          const { StoredReview } = await stored;
          const { bodies } = message;
          message.reviews.forEach((fields, slot) => {
            reviews.push(new StoredReview(fields, bodies, slot));
          });
          // A dataset read from the library has no bytes to count: its reviews are counted here.
          if (source.kind === 'library')
            reportProgress({ bytes: 0, totalBytes: null, reviews: reviews.length });
          // The next piece comes in a task of its own, after this one's.
          setTimeout(() => worker.postMessage({ type: 'next' } satisfies SessionRequest));
          break;
        }
        case 'columns':
          resolve({
            dataset: { ...message.head, reviews },
            columns: message.columns,
            index,
            firstOrders: message.orders,
            laterOrders,
          });
          break;
        case 'orders':
          ordered(message.orders);
          break;
        case 'index':
          indexed(message.index);
          stop();
          break;
        case 'missing':
          stop();
          resolve(null);
          break;
        case 'damaged':
          stop();
          reject(new DamagedDatasetError(message.message));
          break;
        case 'error':
          stop();
          reject(new DatasetLoadError(message.message));
          break;
      }
    };
    // Messages are handled in turn, each once the one before is done: a piece of reviews may
    // wait for the code that keeps its bodies.
    let handled = Promise.resolve();
    worker.onmessage = (event: MessageEvent<SessionResponse>) => {
      const message = event.data;
      handled = handled
        .then(() => handle(message))
        .catch(() => {
          stop();
          reject(
            new DatasetLoadError('Could not load the dataset: part of the app failed to load.'),
          );
        });
    };
    worker.onerror = () => {
      stop();
      reject(new DatasetLoadError('Could not load the dataset: the loader failed to start.'));
    };
    worker.postMessage({ type: 'load', source } satisfies SessionRequest);
  });
}

/** Loads off the main thread where workers exist, else here. */
async function load(source: SessionSource, signal: AbortSignal): Promise<LoadedDataset | null> {
  if (typeof Worker !== 'undefined') return loadInWorker(source, signal);
  // The validator is fetched only here, where there is no worker to run it.
  const { readDataset } = await import('@/data/read-dataset');
  const dataset =
    source.kind === 'url'
      ? await readDataset(source.url, reportProgress, signal)
      : await (await import('@/data/library-db')).readLibraryDataset(source.id);
  return dataset === null ? null : (await import('./prepare-at-hand')).loadedFrom(dataset);
}

// Datasets are large: one no longer shown is let go half a minute after, not five.
const GC_MS = 30_000;

/** The dataset at a URL (on this site only: the worker's requests are not under the page's policy). */
export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      if (sameOriginUrl(url, globalThis.location?.href ?? 'http://localhost/') === null) {
        throw new DatasetLoadError(
          `Could not load the dataset from ${url}: only datasets on this site are opened.`,
        );
      }
      const loaded = await load({ kind: 'url', url: absolute(url) }, signal);
      if (loaded === null) throw new DatasetLoadError(`Could not load the dataset from ${url}.`);
      return loaded;
    },
    staleTime: Infinity,
    gcTime: GC_MS,
    // A dataset that is missing or malformed stays so: retrying only delays the message.
    retry: false,
  });
}

/** An imported dataset, read from the library when opened; null when it is not there. */
export function librarySessionQuery(id: string) {
  return queryOptions({
    queryKey: ['library-session', id],
    queryFn: async ({ signal }): Promise<LoadedDataset | null> => {
      const kept = sessionOnlyDataset(id);
      if (kept) return (await import('./prepare-at-hand')).loadedFrom(kept);
      return load({ kind: 'library', id }, signal);
    },
    staleTime: Infinity,
    gcTime: GC_MS,
    retry: false,
  });
}
