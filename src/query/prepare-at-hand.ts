import type { Dataset } from '@/data/review-schema';
import { searchFields } from './columns';
import { computeColumns } from './columns-builder';
import { DatasetSession } from './dataset-session';
import { buildSearchIndex } from './search-index-builder';
import * as sessionSearch from './session-search';
import type { LoadedDataset } from './loaded-dataset';

// Datasets prepared on the page itself rather than in the loader's worker: those kept for this
// session only (storage refused them), pages with no workers, and tests. Loaded on first use.

/** A dataset at hand (small ones, tests), prepared here and now. */
export function loadedFrom(dataset: Dataset): LoadedDataset {
  const index = buildSearchIndex(dataset.reviews.map(searchFields));
  return {
    dataset,
    columns: computeColumns(dataset),
    index: Promise.resolve(index),
    readyIndex: index,
    firstOrders: [],
    laterOrders: Promise.resolve([]),
  };
}

/** Up to this many reviews, a session builds its search index itself, at once (a few ms). */
export const INDEX_AT_ONCE_UP_TO = 1000;

/** A session for a dataset at hand (small ones, tests): columns and index made here, at once. */
export function openSession(dataset: Dataset): DatasetSession {
  const index =
    dataset.reviews.length <= INDEX_AT_ONCE_UP_TO
      ? buildSearchIndex(dataset.reviews.map(searchFields))
      : null;
  const session = new DatasetSession(dataset, computeColumns(dataset), index);
  session.useSearch(sessionSearch);
  return session;
}
