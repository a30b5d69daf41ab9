import { parseJson } from '@/data/fetch-json';
import { DatasetLoadError } from '@/data/load-error';
import type { Dataset } from '@/data/review-schema';
import { isRecord } from '@/lib/is-record';
import { searchFields } from '../columns';
import { computeColumns } from '../columns-builder';
import { DatasetSession } from '../dataset-session';
import { afterPaints, runInSlices } from '@/lib/schedule';
import type { SearchIndex } from '../search-index';
import { buildSearchIndex, SearchIndexBuilder } from '../search-index-builder';
import * as sessionSearch from '../session-search';
import type { BodyTest } from '../text-match';
import { ToneTally } from '../tone-tally';

// Datasets opened on the page itself rather than in the loader's worker: those kept for this
// session only (storage refused them), pages with no workers, and tests. Loaded on first use.

/** Up to this many reviews, a session builds its search index itself, at once (a few ms). */
export const INDEX_AT_ONCE_UP_TO = 1000;

/** A search index built a few reviews a step, the tones worked out with it. */
function* indexInSteps(
  fields: ReadonlyArray<ReadonlyArray<string | null>>,
  tally: ToneTally,
): Generator<void, SearchIndex> {
  const builder = new SearchIndexBuilder(fields.length, tally);
  for (const review of fields) {
    builder.add(review);
    yield;
  }
  return builder.finish();
}

/**
 * A session for a dataset at hand, its columns made here and now. Its search index and tones:
 * - 'small' (tests): built at once up to INDEX_AT_ONCE_UP_TO reviews, none for more, as a
 *   session has before the loader's index comes;
 * - 'always' (no worker to build them: datasets kept for this session, pages without workers):
 *   at once up to INDEX_AT_ONCE_UP_TO reviews, else in slices once the first reviews have
 *   painted (the view says when it has rendered them: `session.shown()`), so that no task
 *   holds the page for the seconds a large index takes;
 * - 'later' (a small bundled film): in slices once the first reviews have painted, so that
 *   the index never competes with the first render.
 * Until then search reads the reviews' text, as it does before a worker's index comes. Bodies
 * kept as bytes are read with `bodyTest` (query/byte-match).
 */
export function openSession(
  dataset: Dataset,
  { index = 'small', bodyTest }: { index?: 'small' | 'always' | 'later'; bodyTest?: BodyTest } = {},
): DatasetSession {
  const size = dataset.reviews.length;
  const tally = new ToneTally(size);
  const atOnce = index !== 'later' && size <= INDEX_AT_ONCE_UP_TO;
  const built = atOnce ? buildSearchIndex(dataset.reviews.map(searchFields), tally) : null;
  const session = new DatasetSession(dataset, computeColumns(dataset), built, [], bodyTest);
  if (built) session.attachTone(tally.finish(size));
  session.useSearch(sessionSearch);
  if (!atOnce && index !== 'small') {
    // After the first reviews have painted: from the view's first commit, two frames on.
    session.onShown = () => {
      let stop = afterPaints(2, () => {
        stop = runInSlices(indexInSteps(dataset.reviews.map(searchFields), tally), (made) =>
          session.attachIndex(made, tally.finish(size)),
        );
      });
      session.onDispose(() => stop());
    };
  }
  return session;
}

/**
 * A small bundled film's file, read: it is this build's own, written and checked by
 * `npm run data` (and the data tests), so it is parsed without the validator, which would have
 * to load first. Its index and tones follow the first reviews' paint.
 */
export function openBundledText(text: string, url: string): DatasetSession {
  const json = parseJson(text, 'the dataset', url);
  if (!isRecord(json) || !Array.isArray(json.reviews) || !isRecord(json.film)) {
    throw new DatasetLoadError(`Could not read the dataset from ${url}: it is not a dataset.`);
  }
  return openSession(json as unknown as Dataset, { index: 'later' });
}
