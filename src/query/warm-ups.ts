import type { DatasetSession } from './dataset-session';
import { filterSorted, intersect } from './run-query';
import type { ViewQuery } from './view-query';

// Loaded once a dataset is shown, with the work done while the reader reads (app/use-warm-ups).

/**
 * The filtering pass's ways, each run by one warm-up step: no filter, spoilers hidden, a rating
 * chosen, and each of those with a search (a mask of every review stands for one).
 */
const WARM_PASSES: ReadonlyArray<{ hideSpoilers: boolean; rated: boolean; searched: boolean }> = [
  { hideSpoilers: true, rated: false, searched: false },
  { hideSpoilers: false, rated: false, searched: false },
  { hideSpoilers: true, rated: true, searched: false },
  { hideSpoilers: false, rated: true, searched: true },
  { hideSpoilers: true, rated: false, searched: true },
  { hideSpoilers: false, rated: false, searched: true },
  { hideSpoilers: true, rated: true, searched: false },
  { hideSpoilers: false, rated: true, searched: true },
];

/**
 * Steps that each run the filtering pass once (results dropped), to be run in idle moments after
 * a dataset is shown. The engine compiles the pass fully only after a few runs, and compiles it
 * for the ways it has seen: warmed up without a search, the first search at 100,000 reviews spent
 * about 15 ms in it. Searches of several words also meet their masks' intersection here.
 */
export function filterPassWarmUps(session: DatasetSession): Array<() => void> {
  // A mask of every review, made by the first step that needs it and shared by the rest.
  let everyReview: Uint8Array | null = null;
  return WARM_PASSES.map(({ hideSpoilers, rated, searched }) => () => {
    const query: ViewQuery = {
      sort: 'helpful',
      ratings: rated ? [10] : [],
      tones: [],
      search: '',
      hideSpoilers,
      from: null,
      to: null,
      show: 'reviews',
    };
    let mask: Uint8Array | null = null;
    if (searched) {
      mask = everyReview ??= new Uint8Array(session.size).fill(1);
      // Intersected with itself, the mask stays as it is.
      intersect(mask, mask);
    }
    filterSorted(session, query, mask);
  });
}
