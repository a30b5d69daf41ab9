import type { Dataset } from '@/data/review-schema';
import { Columns, dayNumber, isoOfDay } from './columns';
import { markWord, type SearchIndex } from './search-index';
import { parseSearch, type SearchClause } from './search-syntax';
import type { Tally } from './tally';
import type { SortKey } from './view-query';
import { clauseMatcher, reviewMatches } from './text-match';

export interface SortedOrder {
  /** Indices into dataset.reviews, in the sort's order. */
  readonly order: Int32Array;
  /**
   * Each review's rating (low four bits, 0 when unrated) plus 16 when it is a spoiler, in the
   * same order: filtering reads them in memory order rather than at random.
   */
  readonly flags: Uint8Array;
}

const CLAUSE_CACHE_SIZE = 32;

/** Reviews read between two looks at the clock: about a millisecond of text at most. */
const READ_STEP = 256;

/** A byte-per-review mask packed to bits: review 8b + k is bit k of byte b. */
function packBits(mask: Uint8Array): Uint8Array {
  const bits = new Uint8Array(Math.ceil(mask.length / 8));
  for (let b = 0, i = 0; b < bits.length; b += 1, i += 8) {
    let byte = 0;
    for (let k = 0; k < 8; k += 1) byte |= (mask[i + k] ?? 0) << k;
    bits[b] = byte;
  }
  return bits;
}

/**
 * Writes packed bits into a byte-per-review mask, a byte of bits at a time: as they are, and-ed
 * in, or clearing. (Writes past the mask's end, in the last byte, are ignored by the array.)
 */
function unpackBits(bits: Uint8Array, mask: Uint8Array, how: 'set' | 'and' | 'clear'): void {
  for (let b = 0, i = 0; b < bits.length; b += 1, i += 8) {
    const byte = bits[b] ?? 0;
    if (how === 'set') for (let k = 0; k < 8; k += 1) mask[i + k] = (byte >> k) & 1;
    else if (how === 'and') {
      if (byte === 255) continue;
      for (let k = 0; k < 8; k += 1) mask[i + k] = (mask[i + k] ?? 0) & (byte >> k);
    } else if (byte !== 0) {
      for (let k = 0; k < 8; k += 1) if (((byte >> k) & 1) === 1) mask[i + k] = 0;
    }
  }
}

/**
 * Everything derived from one dataset, and its only owner: the per-review columns, the sort
 * orders, the search index and the masks of recent search words, and the charts' tallies. Made
 * when a dataset opens and disposed when another does; components ask it and keep nothing.
 */
export class DatasetSession extends Columns {
  readonly dataset: Dataset;
  readonly size: number;
  /** Sorted orders, filled on first use of each sort. */
  readonly orders = new Map<SortKey, SortedOrder>();
  /** Reviews matching a search word or phrase (as bits), kept while the reader changes the rest. */
  readonly clauseMasks = new Map<string, Uint8Array>();
  /** Per list of shown reviews, what the charts counted in it (see aggregates). */
  readonly tallies = new WeakMap<Int32Array, Tally>();
  private index: SearchIndex | null;

  constructor(
    dataset: Dataset,
    columns: Columns,
    index: SearchIndex | null,
    orders: ReadonlyArray<readonly [SortKey, SortedOrder]> = [],
  ) {
    super(columns);
    this.dataset = dataset;
    this.size = dataset.reviews.length;
    this.index = index;
    this.addOrders(orders);
  }

  /** Takes sort orders the loader made, keeping any made here meanwhile (they are the same). */
  addOrders(orders: ReadonlyArray<readonly [SortKey, SortedOrder]>): void {
    for (const [sort, order] of orders) if (!this.orders.has(sort)) this.orders.set(sort, order);
  }

  private span: readonly [string, string] | null | undefined;

  /** The first and last day a review is dated (yyyy-mm-dd), or null when none is dated. */
  get dateSpan(): readonly [string, string] | null {
    if (this.span !== undefined) return this.span;
    let first = Infinity;
    let last = -Infinity;
    for (const d of this.day) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
    this.span = first <= last ? [isoOfDay(first), isoOfDay(last)] : null;
    return this.span;
  }

  get searchIndex(): SearchIndex | null {
    return this.index;
  }

  /**
   * Takes the index the loader built after the first reviews showed. Until then search reads the
   * reviews' text; both give the same answers, so masks made meanwhile stay.
   */
  attachIndex(index: SearchIndex): void {
    this.index ??= index;
  }

  /**
   * Reviews holding the clause's word or phrase (excluding is the caller's), as bits: review
   * 8b + k is bit k of byte b. Kept as bits, the recent clauses take an eighth of the memory a
   * byte per review did, and each word typed makes that much less to collect.
   */
  clauseBits(clause: SearchClause): Uint8Array {
    const key = clause.words.join(' ');
    const cached = this.clauseMasks.get(key);
    if (cached) {
      // Most recently used last, so the oldest is the one let go.
      this.clauseMasks.delete(key);
      this.clauseMasks.set(key, cached);
      return cached;
    }
    // Marked a byte per review in the working mask, then packed.
    const mask = this.workingMask().fill(0);
    const { words } = clause;
    const index = this.index;
    // A word is answered by the index alone, unless it is longer than the index's keys (in a
    // script without spaces): then, as for a phrase, the index gives the reviews to read.
    const exact = index !== null && words.length === 1 && markWord(index, words[0] ?? '', mask);
    if (!exact) {
      const matcher = clauseMatcher(clause);
      const reviews = this.dataset.reviews;
      let candidates: Uint8Array | null = null;
      if (index && words.length === 1) {
        candidates = mask.slice();
        mask.fill(0);
      } else if (index) {
        // Reviews holding every word of the phrase; then the text says whether they are in a row.
        candidates = new Uint8Array(this.size);
        markWord(index, words[0] ?? '', candidates, words.length > 1);
        for (let w = 1; w < words.length; w += 1) {
          const next = new Uint8Array(this.size);
          markWord(index, words[w] ?? '', next, w < words.length - 1);
          for (let i = 0; i < this.size; i += 1)
            candidates[i] = (candidates[i] ?? 0) & (next[i] ?? 0);
        }
      }
      for (let i = 0; i < this.size; i += 1) {
        if (candidates && candidates[i] === 0) continue;
        const review = reviews[i];
        if (review && reviewMatches(matcher, review)) mask[i] = 1;
      }
    }
    return this.keepClause(key, packBits(mask));
  }

  private keepClause(key: string, bits: Uint8Array): Uint8Array {
    if (this.clauseMasks.size >= CLAUSE_CACHE_SIZE) {
      const oldest = this.clauseMasks.keys().next().value;
      if (oldest !== undefined) this.clauseMasks.delete(oldest);
    }
    this.clauseMasks.set(key, bits);
    return bits;
  }

  /**
   * Whether a search is answered without reading the reviews' text on the spot: the index is
   * here (each clause then takes milliseconds), or every clause was read before.
   */
  answersAtOnce(search: string): boolean {
    return (
      this.index !== null ||
      parseSearch(search).every((clause) => this.clauseMasks.has(clause.words.join(' ')))
    );
  }

  /**
   * Reads the reviews' text for the clauses of a search not yet answered, a few hundred reviews
   * a step (for runInSlices), keeping each clause's bits as clauseBits does: until the loader's
   * index arrives a search is answered this way without holding the page for the whole scan.
   * Stops once the index is here, which answers the rest at once.
   */
  *readClauses(search: string): Generator<void, void> {
    const reviews = this.dataset.reviews;
    for (const clause of parseSearch(search)) {
      const key = clause.words.join(' ');
      if (this.clauseMasks.has(key)) continue;
      const matcher = clauseMatcher(clause);
      // Its own mask: queries run between the steps and use the working one.
      const mask = new Uint8Array(this.size);
      for (let start = 0; start < this.size; start += READ_STEP) {
        if (this.index !== null) return;
        const end = Math.min(this.size, start + READ_STEP);
        for (let i = start; i < end; i += 1) {
          const review = reviews[i];
          if (review && reviewMatches(matcher, review)) mask[i] = 1;
        }
        yield;
      }
      this.keepClause(key, packBits(mask));
    }
  }

  /**
   * The reviews a search lets through, a byte each, or null when the search asks for nothing.
   * The mask is the session's, to be read before the next query and not changed.
   */
  searchMask(search: string): Uint8Array | null {
    const clauses = parseSearch(search);
    if (clauses.length === 0) return null;
    // Every clause's bits first: making them uses the working mask.
    const wanted = clauses.filter((clause) => !clause.exclude).map((c) => this.clauseBits(c));
    const left = clauses.filter((clause) => clause.exclude).map((c) => this.clauseBits(c));
    const mask = this.workingMask();
    const [first, ...rest] = wanted;
    if (first) unpackBits(first, mask, 'set');
    else mask.fill(1);
    for (const bits of rest) unpackBits(bits, mask, 'and');
    for (const bits of left) unpackBits(bits, mask, 'clear');
    return mask;
  }

  private days: { key: string; mask: Uint8Array } | null = null;

  /**
   * The reviews dated from `from` to `to` (yyyy-mm-dd, both days included; null: no bound). The
   * last range asked is kept, as the reader changes the rest around it.
   */
  dateMask(from: string | null, to: string | null): Uint8Array {
    const key = `${from ?? ''}/${to ?? ''}`;
    if (this.days?.key === key) return this.days.mask;
    const first = from === null ? -Infinity : dayNumber(from);
    const last = to === null ? Infinity : dayNumber(to);
    const mask = this.days?.mask ?? new Uint8Array(this.size);
    const { day } = this;
    for (let i = 0; i < this.size; i += 1) {
      const d = day[i] ?? Number.NaN;
      // NaN (undated) fails both comparisons.
      mask[i] = d >= first && d <= last ? 1 : 0;
    }
    this.days = { key, mask };
    return mask;
  }

  private mask: Uint8Array | null = null;
  private indices: Int32Array | null = null;

  /**
   * A mask and a list of reviews the size of the dataset, reused by every query: a query's
   * own are garbage by the next one, and at 100,000 reviews each query made half a megabyte of
   * it. What a query hands on is copied out of them.
   */
  workingMask(): Uint8Array {
    return (this.mask ??= new Uint8Array(this.size));
  }

  workingIndices(): Int32Array {
    return (this.indices ??= new Int32Array(this.size));
  }

  private readonly spares = new Map<string, Int32Array | Uint8Array>();

  /**
   * An array for work done in slices between queries (what the reviews mention), kept for the
   * next run of that work rather than made anew: one for each `name`, `length` long, holding
   * what its last use left. Such work runs once at a time.
   */
  spare<T extends Int32Array | Uint8Array>(
    name: string,
    length: number,
    kind: new (length: number) => T,
  ): T {
    const known = this.spares.get(name);
    if (known instanceof kind && known.length >= length) return known.subarray(0, length) as T;
    const made = new kind(length);
    this.spares.set(name, made);
    return made;
  }

  /** Lets go of everything derived; the session answers nothing after this. */
  dispose(): void {
    this.orders.clear();
    this.clauseMasks.clear();
    this.index = null;
    this.days = null;
    this.mask = null;
    this.indices = null;
    this.spares.clear();
  }
}
