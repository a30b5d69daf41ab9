/// <reference lib="webworker" />
import { readLibraryDataset } from '@/data/library-db';
import type { DatasetHead } from '@/data/dataset-stream';
import { DamagedDatasetError } from '@/data/load-error';
import type { LoadProgress } from '@/data/load-progress';
import { errorText } from '@/lib/error-text';
import type { Review } from '@/data/review-schema';
import { BodyPacker, type BodyPiece, type ReviewFields } from '@/data/stored-review';
import { streamDataset } from '@/data/read-dataset';
import type { Columns } from '../columns';
import { ColumnsBuilder } from '../columns-builder';
import type { SortedOrder } from '../dataset-session';
import { computeSortedOrder, TONE_SORTS } from '../run-query';
import { indexBuffers, type SearchIndex } from '../search-index';
import { SearchIndexBuilder } from '../search-index-builder';
import { ToneTally } from '../tone-tally';
import type { ToneColumns } from '../tone';
import { DEFAULT_VIEW, SORT_KEYS, type SortKey } from '../view-query';

export type SessionSource = { kind: 'url'; url: string } | { kind: 'library'; id: string };

/**
 * `source` starts the load; `next` says the page has taken the last piece of reviews; `bodies`
 * lends back a copy of a piece's bodies, which this worker asked for to index them.
 */
export type SessionRequest =
  | { type: 'load'; source: SessionSource }
  | { type: 'next' }
  | { type: 'bodies'; piece: number; bodies: BodyPiece };

export type SessionResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'reviews'; reviews: ReviewFields[]; bodies: BodyPiece }
  | {
      type: 'columns';
      head: DatasetHead;
      columns: Columns;
      orders: Array<[SortKey, SortedOrder]>;
    }
  | { type: 'orders'; orders: Array<[SortKey, SortedOrder]> }
  /** Asks the page for a copy of a piece's bodies (the page holds the only one). */
  | { type: 'bodies-wanted'; piece: number }
  | { type: 'index'; index: SearchIndex; tone: ToneColumns }
  | { type: 'missing' }
  /** A library dataset of the wrong shape: the page offers to delete it. */
  | { type: 'damaged'; message: string }
  | { type: 'error'; message: string };

/**
 * Reviews per message. The page takes each message in a task of its own: a few milliseconds, where
 * the whole of a large dataset in one message froze it for a second. The bodies go as one piece
 * of bytes, moved rather than copied.
 */
export const REVIEWS_PER_MESSAGE = 1000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SessionResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/**
 * Sends the reviews on in pieces, each once the page has taken the one before: the page's
 * collector copies every review it takes in, and with this worker busy beside it on a two-core
 * machine, pieces taken back to back made tasks of a third of a second. Reading goes on while a
 * piece waits, one piece ahead at most.
 */
class PieceSender {
  private piece: ReviewFields[] = [];
  private readonly bodies = new BodyPacker();
  private readonly waiting: Array<{ reviews: ReviewFields[]; bodies: BodyPiece }> = [];
  private taken = true;
  private onTaken: (() => void) | null = null;

  add(review: Review): void {
    const { id, title, author, date, spoiler, rating, helpful } = review;
    this.piece.push({ id, title, author, date, spoiler, rating, helpful });
    this.bodies.add(review.body);
    if (this.piece.length === REVIEWS_PER_MESSAGE) this.close();
  }

  private close(): void {
    this.waiting.push({ reviews: this.piece, bodies: this.bodies.piece() });
    this.piece = [];
    this.send();
  }

  /** The page took the last piece sent. */
  took(): void {
    this.taken = true;
    this.send();
    this.onTaken?.();
  }

  private send(): void {
    const next = this.taken ? this.waiting.shift() : undefined;
    if (next === undefined) return;
    this.taken = false;
    const { bytes, ends } = next.bodies;
    post({ type: 'reviews', ...next }, [bytes.buffer as ArrayBuffer, ends.buffer as ArrayBuffer]);
  }

  /** Resolves once no more than `most` pieces wait to be sent. */
  async drain(most: number): Promise<void> {
    while (this.waiting.length > most || (most === 0 && !this.taken)) {
      await new Promise<void>((resolve) => {
        this.onTaken = resolve;
      });
    }
  }

  /** Sends what is left, and resolves once the page has taken it all. */
  async end(): Promise<void> {
    if (this.piece.length > 0) this.close();
    await this.drain(0);
  }
}

/** Bytes per block of titles and authors: a review's start a new block when they would not fit. */
const TEXT_BLOCK = 1 << 20;

/**
 * What the index reads besides the bodies: each review's title and author, a line apart, kept as
 * UTF-8 bytes in blocks until the index is built after the first reviews show. The bodies, most
 * of the text, are not kept here: the page holds them (moved there as bytes), and lends a copy of
 * each piece back while it is indexed, so the text is held once rather than twice.
 */
class TitlesAndAuthors {
  private readonly blocks: Array<{ bytes: Uint8Array; ends: number[] }> = [];
  private used = 0;
  private readonly encoder = new TextEncoder();

  add(review: Review): void {
    const text = `${review.title ?? ''}\n${review.author ?? ''}`;
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const most = text.length * 3;
    let block = this.blocks.at(-1);
    if (!block || this.used + most > block.bytes.length) {
      block = { bytes: new Uint8Array(Math.max(TEXT_BLOCK, most)), ends: [] };
      this.blocks.push(block);
      this.used = 0;
    }
    this.used += this.encoder.encodeInto(text, block.bytes.subarray(this.used)).written;
    block.ends.push(this.used);
  }

  /** Each review's title and author, in order. */
  *texts(): Generator<string> {
    const decoder = new TextDecoder();
    for (const block of this.blocks) {
      let start = 0;
      for (const end of block.ends) {
        yield decoder.decode(block.bytes.subarray(start, end));
        start = end;
      }
    }
  }
}

/** Pieces of bodies the page lends back, by piece number, and those asked for. */
const lent = new Map<number, BodyPiece>();
const awaited = new Map<number, (bodies: BodyPiece) => void>();

function borrow(piece: number): Promise<BodyPiece> {
  const here = lent.get(piece);
  if (here) {
    lent.delete(piece);
    return Promise.resolve(here);
  }
  post({ type: 'bodies-wanted', piece });
  return new Promise((resolve) => awaited.set(piece, resolve));
}

function lend(piece: number, bodies: BodyPiece): void {
  const waiting = awaited.get(piece);
  awaited.delete(piece);
  if (waiting) waiting(bodies);
  else lent.set(piece, bodies);
}

/**
 * Builds the index from the titles and authors kept here and the bodies the page lends back a
 * piece at a time (the next one asked for while this one is read).
 */
async function buildIndex(
  fields: TitlesAndAuthors,
  count: number,
): Promise<{ index: SearchIndex; tone: ToneColumns }> {
  const tally = new ToneTally(count);
  const builder = new SearchIndexBuilder(count, tally);
  const decoder = new TextDecoder();
  const pieceCount = Math.ceil(count / REVIEWS_PER_MESSAGE);
  const texts = fields.texts();
  let next = pieceCount > 0 ? borrow(0) : null;
  for (let piece = 0; piece < pieceCount; piece += 1) {
    const bodies = await (next ?? borrow(piece));
    next = piece + 1 < pieceCount ? borrow(piece + 1) : null;
    let start = 0;
    for (const end of bodies.ends) {
      const titleAndAuthor = texts.next().value ?? '';
      const line = titleAndAuthor.lastIndexOf('\n');
      builder.add([
        titleAndAuthor.slice(0, line),
        decoder.decode(bodies.bytes.subarray(start, end)),
        titleAndAuthor.slice(line + 1),
      ]);
      start = end;
    }
  }
  return { index: builder.finish(), tone: tally.finish(count) };
}

// One load per worker: its pieces, and the page's word that it took the last.
const pieces = new PieceSender();

async function load(source: SessionSource): Promise<void> {
  const columns = new ColumnsBuilder(REVIEWS_PER_MESSAGE);
  const fields = new TitlesAndAuthors();
  const take = (review: Review) => {
    columns.add(review);
    fields.add(review);
    pieces.add(review);
  };
  let head: DatasetHead;
  if (source.kind === 'library') {
    const dataset = await readLibraryDataset(source.id);
    if (dataset === null) {
      post({ type: 'missing' });
      return;
    }
    const { reviews, ...rest } = dataset;
    head = rest;
    for (const review of reviews) {
      take(review);
      await pieces.drain(1);
    }
  } else {
    head = await streamDataset(
      source.url,
      take,
      (progress) => post({ type: 'progress', progress }),
      undefined,
      () => pieces.drain(1),
    );
  }
  await pieces.end();
  const made = columns.finish();
  const size = made.rating.length;
  // The default order comes with the columns, the others after the first reviews show: each
  // is a full sort of the dataset, done here rather than on the page.
  const sortOf = (sort: SortKey): [SortKey, SortedOrder] => [
    sort,
    computeSortedOrder(made, size, sort),
  ];
  const orderBuffers = (orders: Array<[SortKey, SortedOrder]>) =>
    orders.flatMap(([, { order, flags }]) => [order.buffer, flags.buffer] as ArrayBuffer[]);
  const first = [sortOf(DEFAULT_VIEW.sort)];
  // The columns are copied (a few MB), not moved: the other orders are made from them here.
  post({ type: 'columns', head, columns: made, orders: first }, orderBuffers(first));
  // Orders by tone wait for the tones, read with the index.
  const rest = SORT_KEYS.filter(
    (sort) => sort !== DEFAULT_VIEW.sort && !TONE_SORTS.includes(sort),
  ).map(sortOf);
  post({ type: 'orders', orders: rest }, orderBuffers(rest));
  const { index, tone } = await buildIndex(fields, size);
  post({ type: 'index', index, tone }, [
    ...indexBuffers(index),
    tone.tone.buffer,
    tone.toneScore.buffer,
  ]);
}

// Reading, validating and preparing a large dataset takes seconds; here the page stays free.
// The reviews go on as they are read, then the columns the list needs; the search index
// follows, built while the page shows the first reviews. The page then ends this worker, and
// everything it held goes with it.
scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  const request = event.data;
  if (request.type === 'next') {
    pieces.took();
    return;
  }
  if (request.type === 'bodies') {
    lend(request.piece, request.bodies);
    return;
  }
  load(request.source).catch((error: unknown) =>
    post({
      type: error instanceof DamagedDatasetError ? 'damaged' : 'error',
      message: errorText(error),
    }),
  );
};
