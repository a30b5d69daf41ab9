/** What the charts count of the shown reviews, as one pass over them that reads typed arrays only. */

/** The per-review keys a tally reads (from a DatasetSession and its Most votes order). */
export interface TallyKeys {
  /** year * 12 + month (0-11), -1 when undated. */
  readonly month: Int32Array;
  /** The earliest and latest dated `month`, -1 for both when none is dated. */
  readonly monthRange: readonly [number, number];
  readonly spoiler: Uint8Array;
  /** 1-10, 0 when unrated. */
  readonly rating: Uint8Array;
  /** Helpful votes cast. */
  readonly votes: Float64Array;
  /** Review places, most votes first. */
  readonly byVotes: Int32Array;
  /** Arrays the size of the dataset the pass may use and leave as it likes, if any. */
  readonly scratch?: { readonly shown: Uint8Array; readonly places: Int32Array };
}

/** The most-voted shown reviews a tally keeps: as many as the helpfulness chart plots. */
export const MOST_VOTED = 300;

export interface Tally {
  /** Shown reviews per month of the dataset's range, and of those spoilers and rated ones. */
  readonly total: Int32Array;
  readonly spoiler: Int32Array;
  readonly rated: Int32Array;
  /** Sum of the stated ratings per month. */
  readonly ratingSum: Float64Array;
  readonly undated: number;
  /** Shown reviews nobody has voted on. */
  readonly noVotes: number;
  /** The shown reviews with votes, most votes first (MOST_VOTED of them at most, by default). */
  readonly mostVoted: Int32Array;
}

/**
 * Under this share of the dataset shown, the pass reads the shown reviews' places directly:
 * fewer reads, even out of memory order, than a look at every review's mark.
 */
const SPARSE_SHARE = 1 / 4;

/**
 * The shown reviews marked by their place in the dataset. Passes over the mask read the
 * per-review keys in memory order; following the display order instead reads them at random (at
 * 100,000 reviews that was several times slower).
 */
function markShown(size: number, indices: Int32Array, into?: Uint8Array): Uint8Array {
  const shown = into ? into.fill(0) : new Uint8Array(size);
  for (let k = 0; k < indices.length; k += 1) shown[indices[k] ?? 0] = 1;
  return shown;
}

/** The places `shown` marks, ascending; `count` of them. */
function placesOf(shown: Uint8Array, count: number, into?: Int32Array): Int32Array {
  const places = into ? into.subarray(0, count) : new Int32Array(count);
  let n = 0;
  for (let i = 0; i < shown.length; i += 1) {
    if (shown[i] === 1) {
      places[n] = i;
      n += 1;
    }
  }
  return places;
}

/**
 * Counts the reviews at `indices` (each once) into the dataset's months, and finds the `most`
 * most-voted of them.
 */
export function tallyShown(keys: TallyKeys, indices: Int32Array, most = MOST_VOTED): Tally {
  const shown = markShown(keys.month.length, indices, keys.scratch?.shown);
  const [firstMonth, lastMonth] = keys.monthRange;
  const months = firstMonth < 0 ? 0 : lastMonth - firstMonth + 1;
  const total = new Int32Array(months);
  const spoiler = new Int32Array(months);
  const rated = new Int32Array(months);
  const ratingSum = new Float64Array(months);
  const { month, spoiler: isSpoiler, rating, votes, byVotes } = keys;
  // The shown reviews' places: as given when few are shown, else in memory order from the mask.
  const places =
    indices.length < month.length * SPARSE_SHARE
      ? indices
      : placesOf(shown, indices.length, keys.scratch?.places);
  let undated = 0;
  let noVotes = 0;
  for (let k = 0; k < places.length; k += 1) {
    const i = places[k] ?? 0;
    if ((votes[i] ?? 0) === 0) noVotes += 1;
    const key = month[i] ?? -1;
    if (key < 0) {
      undated += 1;
      continue;
    }
    const slot = key - firstMonth;
    total[slot] = (total[slot] ?? 0) + 1;
    if (isSpoiler[i] === 1) spoiler[slot] = (spoiler[slot] ?? 0) + 1;
    const stars = rating[i] ?? 0;
    if (stars > 0) {
      rated[slot] = (rated[slot] ?? 0) + 1;
      ratingSum[slot] = (ratingSum[slot] ?? 0) + stars;
    }
  }
  // The most-voted come from the Most votes order: one pass that stops early, no sort.
  const wanted = Math.min(indices.length - noVotes, most);
  const mostVoted = new Int32Array(wanted);
  let kept = 0;
  for (let k = 0; k < byVotes.length && kept < wanted; k += 1) {
    const i = byVotes[k] ?? 0;
    if (shown[i] === 1 && (votes[i] ?? 0) > 0) {
      mostVoted[kept] = i;
      kept += 1;
    }
  }
  return { total, spoiler, rated, ratingSum, undated, noVotes, mostVoted };
}
