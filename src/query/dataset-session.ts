import type { Dataset } from '@/data/review-schema';
import { Columns, dayNumber, isoOfDay } from './columns';
import type { SearchIndex } from './search-index';
import type { SearchClause } from './search-syntax';
import type { BodyTest } from './text-match';
import type { Marker, SearchProgress, SessionSearch } from './session-search';
import type { Tally } from './tally';
import type { ToneColumns } from './tone';
import type { SortKey } from './view-query';

export type { Marker, SearchProgress };

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

/** Reads every body as text: the same answers as a byte test, with a string made of each. */
const bodiesAsText: BodyTest = () => null;

/**
 * One open dataset and everything derived from it: the per-review columns, the sort orders, the
 * search index and the masks of recent search words, the charts' tallies, and how a body is read.
 * The loader makes it (query/loader) and the query cache owns it, disposing of it when it lets
 * the dataset go; components ask it and keep nothing.
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
  /**
   * How search reads a review's body where it is kept as bytes (query/byte-match, for datasets
   * the loader's worker read); other bodies are read as text.
   */
  readonly bodyTest: BodyTest;
  private index: SearchIndex | null;
  private disposed = false;
  private readonly disposers: Array<() => void> = [];

  constructor(
    dataset: Dataset,
    columns: Columns,
    index: SearchIndex | null,
    orders: ReadonlyArray<readonly [SortKey, SortedOrder]> = [],
    bodyTest: BodyTest = bodiesAsText,
  ) {
    super(columns);
    this.dataset = dataset;
    this.size = dataset.reviews.length;
    this.index = index;
    this.bodyTest = bodyTest;
    this.addOrders(orders);
  }

  /** Takes sort orders the loader made, keeping any made here meanwhile (they are the same). */
  addOrders(orders: ReadonlyArray<readonly [SortKey, SortedOrder]>): void {
    if (this.disposed) return;
    for (const [sort, order] of orders) if (!this.orders.has(sort)) this.orders.set(sort, order);
  }

  /** Runs `stop` when the session is disposed (the loader still making its index, say). */
  onDispose(stop: () => void): void {
    if (this.disposed) stop();
    else this.disposers.push(stop);
  }

  /** What waits for the page to show this session's reviews (see shown); once. */
  onShown: (() => void) | null = null;

  /**
   * The page has rendered this session (its view's first commit): work that must not compete
   * with the first render for the page's thread (a small film's index and tones) starts now.
   */
  shown(): void {
    // Work started for a session already disposed is stopped at once (onDispose).
    const run = this.onShown;
    this.onShown = null;
    run?.();
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
  attachIndex(index: SearchIndex, tone: ToneColumns): void {
    if (this.disposed) return;
    this.index ??= index;
    this.attachTone(tone);
  }

  /**
   * Each review's inferred tone and its score (see query/tone), or null until they are worked
   * out: they are read with the search index, as its words are.
   */
  toneColumns: ToneColumns | null = null;
  private readonly toneListeners = new Set<() => void>();

  /** Each review's inferred tone (TONE_CODE), or null until it is worked out. */
  get tone(): Uint8Array | null {
    return this.toneColumns?.tone ?? null;
  }

  /** Takes the tones once worked out, and tells whoever waits for them. */
  attachTone(tone: ToneColumns): void {
    // A disposed session has no listeners left; the first tones stay.
    if (this.toneColumns) return;
    this.toneColumns = tone;
    // Orders made before, by tone, took every review as of no tone.
    this.orders.delete('helpful-positive');
    this.orders.delete('helpful-negative');
    this.toneListeners.forEach((listener) => listener());
  }

  /** Calls `listener` when the tones come; returns how to stop. */
  onTone = (listener: () => void): (() => void) => {
    this.toneListeners.add(listener);
    return () => this.toneListeners.delete(listener);
  };

  /**
   * The search's code: a chunk of its own, loaded once after the first paint (loadSearch), so the
   * page's first bundle does not carry it. Null until then.
   */
  private searcher: SessionSearch | null = null;
  private searcherLoad: Promise<void> | null = null;

  /** Loads the search's code, once; resolves when it is here. */
  loadSearch(): Promise<void> {
    this.searcherLoad ??= import('./session-search').then((module) => {
      this.searcher = module;
    });
    return this.searcherLoad;
  }

  /** Gives the session the search's code at once (sessions made where it is already loaded). */
  useSearch(searcher: SessionSearch): void {
    this.searcher = searcher;
  }

  private search(): SessionSearch {
    if (this.searcher === null) throw new Error('The search is not loaded yet (loadSearch).');
    return this.searcher;
  }

  /** Keeps a clause's bits, the oldest of too many let go; returns them. */
  keepClause(key: string, bits: Uint8Array): Uint8Array {
    if (this.clauseMasks.size >= CLAUSE_CACHE_SIZE) {
      const oldest = this.clauseMasks.keys().next().value;
      if (oldest !== undefined) this.clauseMasks.delete(oldest);
    }
    this.clauseMasks.set(key, bits);
    return bits;
  }

  /**
   * Whether a search is answered without waiting: it asks for nothing, or the search's code is
   * here and either the index is (each clause then takes milliseconds) or every clause was read
   * before.
   */
  answersAtOnce(search: string): boolean {
    // Without the search's code a search is not even read into words (that code folds them),
    // so only a blank one is answered.
    if (this.searcher === null) return search.trim() === '';
    return this.searcher.answersAtOnce(this, search);
  }

  /** Reviews holding the clause's word or phrase, as bits (see session-search). */
  clauseBits(clause: SearchClause): Uint8Array {
    return this.search().clauseBits(this, clause);
  }

  /**
   * The reviews a search lets through, a byte each, or null when the search asks for nothing.
   * The mask is the session's, to be read before the next query and not changed.
   */
  searchMask(search: string): Uint8Array | null {
    if (this.searcher === null && search.trim() === '') return null;
    return this.search().searchMask(this, search);
  }

  /**
   * Reads the text for a search not yet answered, in steps, in `order`, telling `progress` what
   * it has found after each (see session-search).
   */
  readSearch(
    search: string,
    order: Int32Array,
    progress?: (found: SearchProgress) => void,
  ): Generator<void, void> {
    return this.search().readSearch(this, search, order, progress);
  }

  /** Where a text holds what the search asks for, to mark it; null when it asks for nothing. */
  marker(search: string): Marker | null {
    if (this.searcher === null && search.trim() === '') return null;
    return this.search().marker(search);
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
    if (this.disposed) return;
    this.disposed = true;
    for (const stop of this.disposers.splice(0)) stop();
    this.orders.clear();
    this.clauseMasks.clear();
    this.index = null;
    this.toneListeners.clear();
    this.days = null;
    this.mask = null;
    this.indices = null;
    this.spares.clear();
  }
}
