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
import { DEFAULT_VIEW, SORT_KEYS, type SortKey } from '../view-query';

export type SessionSource = { kind: 'url'; url: string } | { kind: 'library'; id: string };

/** `source` starts the load; `next` says the page has taken the last piece of reviews. */
export type SessionRequest = { type: 'load'; source: SessionSource } | { type: 'next' };

export type SessionResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'reviews'; reviews: ReviewFields[]; bodies: BodyPiece }
  | {
      type: 'columns';
      head: DatasetHead;
      columns: Columns;
      orders: Array<[SortKey, SortedOrder]>;
    }
  /** The other sort orders: the last message, after which the page ends this worker. */
  | { type: 'orders'; orders: Array<[SortKey, SortedOrder]> }
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

// One load per worker: its pieces, and the page's word that it took the last.
const pieces = new PieceSender();

async function load(source: SessionSource): Promise<void> {
  const columns = new ColumnsBuilder(REVIEWS_PER_MESSAGE);
  const take = (review: Review) => {
    columns.add(review);
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
}

// Reading, validating and preparing a large dataset takes seconds; here the page stays free.
// The reviews go on as they are read, then the columns the list needs, then the other sort
// orders. The page then ends this worker, and everything it held goes with it; the search index
// is built by a worker of its own (index-worker), which borrows the text back from the page.
scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  const request = event.data;
  if (request.type === 'next') {
    pieces.took();
    return;
  }
  load(request.source).catch((error: unknown) =>
    post({
      type: error instanceof DamagedDatasetError ? 'damaged' : 'error',
      message: errorText(error),
    }),
  );
};
