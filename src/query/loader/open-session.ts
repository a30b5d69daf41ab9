import type { Dataset } from '@/data/review-schema';
import { searchFields } from '../columns';
import { computeColumns } from '../columns-builder';
import { DatasetSession } from '../dataset-session';
import { buildSearchIndex } from '../search-index-builder';
import * as sessionSearch from '../session-search';
import type { BodyTest } from '../text-match';
import { ToneTally } from '../tone-tally';

// Datasets opened on the page itself rather than in the loader's worker: those kept for this
// session only (storage refused them), pages with no workers, and tests. Loaded on first use.

/** Up to this many reviews, a session builds its search index itself, at once (a few ms). */
export const INDEX_AT_ONCE_UP_TO = 1000;

/**
 * A session for a dataset at hand, its columns made here and now. Its search index too, when
 * the dataset is small or `index` is 'always' (the loader, which has no worker to build it);
 * tests of larger datasets get none, as a session has before the loader's index comes. Bodies
 * kept as bytes are read with `bodyTest` (query/byte-match).
 */
export function openSession(
  dataset: Dataset,
  { index = 'small', bodyTest }: { index?: 'small' | 'always'; bodyTest?: BodyTest } = {},
): DatasetSession {
  const size = dataset.reviews.length;
  const tally = new ToneTally(size);
  const built =
    index === 'always' || size <= INDEX_AT_ONCE_UP_TO
      ? buildSearchIndex(dataset.reviews.map(searchFields), tally)
      : null;
  const session = new DatasetSession(dataset, computeColumns(dataset), built, [], bodyTest);
  if (built) session.attachTone(tally.finish(size));
  session.useSearch(sessionSearch);
  return session;
}
