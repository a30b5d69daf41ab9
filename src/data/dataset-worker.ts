/// <reference lib="webworker" />
import { searchableText } from '@/lib/fold';
import { SearchIndexBuilder, type SearchIndex } from '@/lib/search-index';
import type { LoadProgress } from './load-progress';
import type { Dataset } from './review-schema';
import { readDataset } from './read-dataset';

export type WorkerRequest = { url: string };
export type WorkerResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; dataset: Dataset }
  | { type: 'index'; index: SearchIndex }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse) => scope.postMessage(message);

/** The search index, built here while the page shows the first reviews. */
function indexOf(dataset: Dataset): SearchIndex {
  const builder = new SearchIndexBuilder(dataset.reviews.length);
  for (const review of dataset.reviews) {
    builder.add(searchableText(review.title, review.body, review.author));
  }
  return builder.finish();
}

// Parsing and validating a large dataset takes long enough to freeze the page; here it does not.
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  readDataset(event.data.url, (progress) => post({ type: 'progress', progress }))
    .then((dataset) => {
      post({ type: 'done', dataset });
      const index = indexOf(dataset);
      scope.postMessage({ type: 'index', index } satisfies WorkerResponse, [
        index.wordStarts.buffer,
        index.postingStarts.buffer,
        index.postings.buffer,
      ]);
    })
    .catch((error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
};
