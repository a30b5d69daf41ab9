/// <reference lib="webworker" />
import { readLibraryDataset } from '@/data/library-db';
import type { LoadProgress } from '@/data/load-progress';
import { errorText } from '@/lib/error-text';
import type { Dataset, Review } from '@/data/review-schema';
import { readDataset } from '@/data/read-dataset';
import { computeColumns, searchFields, type Columns } from './columns';
import type { SortedOrder } from './dataset-session';
import { computeSortedOrder } from './run-query';
import { indexBuffers, type SearchIndex } from './search-index';
import { SearchIndexBuilder } from './search-index-builder';
import { DEFAULT_VIEW, SORT_KEYS, type SortKey } from './view-query';

export type SessionSource = { kind: 'url'; url: string } | { kind: 'library'; id: string };

/** `source` starts the load; `next` says the page has taken the last piece of reviews. */
export type SessionRequest = { type: 'load'; source: SessionSource } | { type: 'next' };

export type SessionResponse =
  | { type: 'progress'; progress: LoadProgress }
  | {
      type: 'reviews';
      head: Omit<Dataset, 'reviews'>;
      reviews: Review[];
      total: number;
    }
  | { type: 'columns'; columns: Columns; orders: Array<[SortKey, SortedOrder]> }
  | { type: 'orders'; orders: Array<[SortKey, SortedOrder]> }
  | { type: 'index'; index: SearchIndex }
  | { type: 'missing' }
  | { type: 'error'; message: string };

/**
 * Reviews per message. The page takes each message in a task of its own: about 1.5 MB of text, a
 * few milliseconds, where the whole of a large dataset in one message froze it for a second.
 */
export const REVIEWS_PER_MESSAGE = 1000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SessionResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

function read(source: SessionSource): Promise<Dataset | null> {
  if (source.kind === 'library') return readLibraryDataset(source.id);
  return readDataset(source.url, (progress) => post({ type: 'progress', progress }));
}

// Each piece waits until the page has taken the one before: the page's garbage collector
// copies every review it takes in, and with this worker busy beside it on a two-core machine,
// taking pieces back to back made tasks of a third of a second.
let taken: (() => void) | null = null;
const pageTook = () =>
  new Promise<void>((resolve) => {
    taken = resolve;
  });

async function load(source: SessionSource): Promise<void> {
  const dataset = await read(source);
  if (dataset === null) {
    post({ type: 'missing' });
    return;
  }
  const { reviews, ...head } = dataset;
  for (let at = 0; at < reviews.length || at === 0; at += REVIEWS_PER_MESSAGE) {
    const next = pageTook();
    post({
      type: 'reviews',
      head,
      reviews: reviews.slice(at, at + REVIEWS_PER_MESSAGE),
      total: reviews.length,
    });
    await next;
  }
  const columns = computeColumns(dataset);
  // The default order comes with the columns, the others after the first reviews show: each
  // is a full sort of the dataset, done here rather than on the page.
  const sortOf = (sort: SortKey): [SortKey, SortedOrder] => [
    sort,
    computeSortedOrder(columns, reviews.length, sort),
  ];
  const orderBuffers = (orders: Array<[SortKey, SortedOrder]>) =>
    orders.flatMap(([, { order, flags }]) => [order.buffer, flags.buffer] as ArrayBuffer[]);
  const first = [sortOf(DEFAULT_VIEW.sort)];
  // The columns are copied (a few MB), not moved: the other orders are made from them here.
  post({ type: 'columns', columns, orders: first }, orderBuffers(first));
  const rest = SORT_KEYS.filter((sort) => sort !== DEFAULT_VIEW.sort).map(sortOf);
  post({ type: 'orders', orders: rest }, orderBuffers(rest));
  const builder = new SearchIndexBuilder(reviews.length);
  for (const review of reviews) builder.add(searchFields(review));
  const index = builder.finish();
  post({ type: 'index', index }, indexBuffers(index));
}

// Reading, validating and preparing a large dataset takes seconds; here the page stays free.
// The reviews go first, with the columns the list needs; the search index follows, built
// from the reviews' text while the page shows the first of them. The page then ends this
// worker, and its copy of everything goes with it.
scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  const request = event.data;
  if (request.type === 'next') {
    taken?.();
    return;
  }
  load(request.source).catch((error: unknown) =>
    post({ type: 'error', message: errorText(error) }),
  );
};
