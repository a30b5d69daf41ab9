import type { Dataset } from '@/data/review-schema';
import type { Columns } from './columns';
import type { SortedOrder } from './dataset-session';
import type { SearchIndex } from './search-index';
import type { SortKey } from './view-query';

/** A dataset as its loader hands it over: the reviews, their columns, and the index to come. */
export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly columns: Columns;
  /** The search index, once built (null when the loader stopped first). */
  readonly index: Promise<SearchIndex | null>;
  /** The index already at hand (datasets prepared on this thread), for the first search. */
  readonly readyIndex?: SearchIndex;
  /** Sort orders the loader made with the columns, and those it makes after. */
  readonly firstOrders: ReadonlyArray<readonly [SortKey, SortedOrder]>;
  readonly laterOrders: Promise<ReadonlyArray<readonly [SortKey, SortedOrder]>>;
}
