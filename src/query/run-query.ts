import type { Columns } from './columns';
import type { DatasetSession, SortedOrder } from './dataset-session';
import { TONE_CODE } from './tone';
import {
  emptyRatingCounts,
  type RatingCounts,
  type RatingKey,
  type SortKey,
  type ViewQuery,
} from './view-query';

export interface QueryResult {
  /** Indices into dataset.reviews, in display order. */
  indices: Int32Array;
  total: number;
  /** Reviews per rating passing every filter except the rating filter. */
  ratingCounts: RatingCounts;
}

/** The columns a sort reads: the tones too, once they are known. */
type SortColumns = Columns & { readonly tone?: Uint8Array | null };

interface SortSpec {
  /** The key, or NaN when the review lacks it (such reviews go last). */
  key: (columns: SortColumns, i: number) => number;
  descending: boolean;
}

/**
 * Most helpful, the reviews of one tone first: the Wilson bound is below 1, so a review of that
 * tone (2 + its bound) comes before any other (its bound alone). Until the tones are known, the
 * order is Most helpful's.
 */
const helpfulOfTone = (code: number): SortSpec => ({
  key: (c, i) => (c.tone?.[i] === code ? 2 : 0) + (c.wilson[i] ?? 0),
  descending: true,
});

/** Sorts that read the tones, made only once the tones are known. */
export const TONE_SORTS: readonly SortKey[] = ['helpful-positive', 'helpful-negative'];

const SORTS: Record<SortKey, SortSpec> = {
  helpful: { key: (c, i) => c.wilson[i] ?? 0, descending: true },
  'helpful-positive': helpfulOfTone(TONE_CODE.positive),
  'helpful-negative': helpfulOfTone(TONE_CODE.negative),
  votes: { key: (c, i) => c.votes[i] ?? 0, descending: true },
  newest: { key: (c, i) => c.day[i] ?? Number.NaN, descending: true },
  oldest: { key: (c, i) => c.day[i] ?? Number.NaN, descending: false },
  highest: { key: (c, i) => c.rating[i] || Number.NaN, descending: true },
  lowest: { key: (c, i) => c.rating[i] || Number.NaN, descending: false },
  longest: { key: (c, i) => c.length[i] ?? 0, descending: true },
  shortest: { key: (c, i) => c.length[i] ?? 0, descending: false },
};

/**
 * Positions sorted by `keys` ascending, NaN last, ties by position. The distinct keys are sorted
 * with the engine's native numeric sort, then a counting sort by each key's rank places the
 * positions (stable, so ties keep their order). A comparator sort of 100,000 reviews is a long
 * task (about 50 ms); this takes a fraction of that.
 */
export function orderByKeys(keys: Float64Array): Int32Array {
  const size = keys.length;
  const distinct = keys.slice().sort();
  let kinds = 0;
  for (let k = 0; k < size; k += 1) {
    const key = distinct[k] ?? Number.NaN;
    if (Number.isNaN(key)) break;
    if (kinds === 0 || distinct[kinds - 1] !== key) {
      distinct[kinds] = key;
      kinds += 1;
    }
  }
  // rank 0 .. kinds-1 for known keys, kinds for missing ones.
  const ranks = new Int32Array(size);
  const starts = new Int32Array(kinds + 2);
  for (let i = 0; i < size; i += 1) {
    const key = keys[i] ?? Number.NaN;
    let rank = kinds;
    if (!Number.isNaN(key)) {
      let low = 0;
      let high = kinds - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((distinct[middle] ?? 0) < key) low = middle + 1;
        else high = middle;
      }
      rank = low;
    }
    ranks[i] = rank;
    starts[rank + 1] = (starts[rank + 1] ?? 0) + 1;
  }
  for (let rank = 0; rank <= kinds; rank += 1) {
    starts[rank + 1] = (starts[rank + 1] ?? 0) + (starts[rank] ?? 0);
  }
  const order = new Int32Array(size);
  for (let i = 0; i < size; i += 1) {
    const rank = ranks[i] ?? kinds;
    const at = starts[rank] ?? 0;
    order[at] = i;
    starts[rank] = at + 1;
  }
  return order;
}

/** All reviews in `sort` order; missing keys last, ties in page order. Computed once per sort. */
export function sortedOrder(session: DatasetSession, sort: SortKey): Int32Array {
  return sorted(session, sort).order;
}

/**
 * The order of `sort` and its ratings and spoiler marks (see SortedOrder), from the columns alone:
 * made in the loader's worker for large datasets, else here on first use.
 */
export function computeSortedOrder(columns: SortColumns, size: number, sort: SortKey): SortedOrder {
  const { key, descending } = SORTS[sort];
  const keys = new Float64Array(size);
  // + 0 turns -0 into 0, so that a negated zero ties with other zeros.
  for (let i = 0; i < size; i += 1) keys[i] = (descending ? -key(columns, i) : key(columns, i)) + 0;
  const order = orderByKeys(keys);
  const flags = new Uint8Array(size);
  for (let k = 0; k < size; k += 1) {
    const i = order[k] ?? 0;
    flags[k] = (columns.rating[i] ?? 0) | ((columns.spoiler[i] ?? 0) << 4);
  }
  return { order, flags };
}

/** The session's order of `sort`, made on first use unless the loader made it. */
function sorted(session: DatasetSession, sort: SortKey): SortedOrder {
  const cached = session.orders.get(sort);
  if (cached) return cached;
  const made = computeSortedOrder(session, session.size, sort);
  // An order by tone made before the tones came is Most helpful's, and is not kept.
  if (session.tone !== null || !TONE_SORTS.includes(sort)) session.orders.set(sort, made);
  return made;
}

/** Keeps in `mask` only the reviews `other` marks too. */
export function intersect(mask: Uint8Array, other: Uint8Array): void {
  for (let i = 0; i < mask.length; i += 1) mask[i] = (mask[i] ?? 0) & (other[i] ?? 0);
}

/**
 * filter -> search -> sort, plus the rating counts the filter shows. One pass over the sorted
 * order; with no filter at all the sorted order itself is the answer (nothing is copied).
 */
export function runQuery(
  session: DatasetSession,
  query: ViewQuery,
  /** A search still being read: the reviews it has found so far stand for its answer. */
  found: { readonly mask: Uint8Array } | null = null,
): QueryResult {
  const matches = found ? found.mask : session.searchMask(query.search);
  return filterSorted(session, query, withDates(session, query, matches));
}

/**
 * The reviews the search lets through (all, when null) narrowed to the date range, if one is
 * set: dated reviews from `from` to `to`, both days included.
 */
function withDates(
  session: DatasetSession,
  query: ViewQuery,
  matches: Uint8Array | null,
): Uint8Array | null {
  if (query.from === null && query.to === null) return matches;
  const dated = session.dateMask(query.from, query.to);
  if (matches === null) return dated;
  const mask = session.workingMask();
  for (let i = 0; i < session.size; i += 1) mask[i] = (matches[i] ?? 0) & (dated[i] ?? 0);
  return mask;
}

/** runQuery with the search already made a mask of the matching reviews (null: no search). */
export function filterSorted(
  session: DatasetSession,
  query: ViewQuery,
  matches: Uint8Array | null,
): QueryResult {
  const { size, rating, tone } = session;
  const { order, flags } = sorted(session, query.sort);
  // allowed[r]: rating r (0 = unrated) passes the rating filter.
  const allowed = new Uint8Array(11).fill(query.ratings.length === 0 ? 1 : 0);
  for (const key of query.ratings) allowed[key === 'unrated' ? 0 : key] = 1;
  // toned[t]: tone code t passes the tone filter. A review whose tone is not known yet (0)
  // passes only when no tone is chosen.
  const toned = new Uint8Array(4).fill(query.tones.length === 0 ? 1 : 0);
  for (const key of query.tones) toned[TONE_CODE[key]] = 1;

  const counts = new Int32Array(11);
  let indices: Int32Array;
  if (!matches && !query.hideSpoilers && query.ratings.length === 0 && query.tones.length === 0) {
    for (let i = 0; i < size; i += 1) {
      const r = rating[i] ?? 0;
      counts[r] = (counts[r] ?? 0) + 1;
    }
    indices = order;
  } else {
    const kept = session.workingIndices();
    const spoilers = query.hideSpoilers ? 16 : 0;
    let n = 0;
    for (let k = 0; k < size; k += 1) {
      const flag = flags[k] ?? 0;
      if ((flag & spoilers) !== 0) continue;
      const i = order[k] ?? 0;
      if (matches && matches[i] === 0) continue;
      const r = flag & 15;
      const t = tone ? (tone[i] ?? 0) : 0;
      // The rating counts are of the reviews every other filter lets through.
      if (toned[t] !== 1) continue;
      counts[r] = (counts[r] ?? 0) + 1;
      if (allowed[r] === 1) {
        kept[n] = i;
        n += 1;
      }
    }
    indices = kept.slice(0, n);
  }

  const ratingCounts = emptyRatingCounts();
  ratingCounts.unrated = counts[0] ?? 0;
  for (let r = 1; r <= 10; r += 1)
    ratingCounts[r as Exclude<RatingKey, 'unrated'>] = counts[r] ?? 0;
  return { indices, total: size, ratingCounts };
}
