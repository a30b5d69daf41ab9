/// <reference lib="webworker" />
import { errorText } from '@/lib/error-text';
import type { BodyPiece } from '@/data/stored-review';
import { indexBuffers, type SearchIndex } from '../search-index';
import { SearchIndexBuilder } from '../search-index-builder';
import { ToneTally } from '../tone-tally';
import type { ToneColumns } from '../tone';

// The search index and the tones of a dataset the loader's worker has read, built once its
// first reviews show. A worker of its own, started as the loader's ends: the loader's memory
// (what reading the file left behind) goes with it rather than staying while the index grows.

/**
 * A piece of reviews lent by the page: a copy of its bodies, and its titles and authors as one
 * text, review k's title then its author (empty when it has none), each ending where `nameEnds`
 * says. One text rather than a string each: pieces waiting here are then a few objects, not
 * thousands that outlive the engine's quick collections and make it keep more memory for them.
 */
export interface LentPiece {
  readonly piece: number;
  readonly bodies: BodyPiece;
  readonly names: string;
  readonly nameEnds: Int32Array;
}

/** `build` starts the work for `pieces` pieces of `count` reviews; `piece` answers a request. */
export type IndexRequest =
  { type: 'build'; count: number; pieces: number } | ({ type: 'piece' } & LentPiece);

export type IndexResponse =
  /** Asks the page for a piece of reviews (the page holds the only copy of their text). */
  | { type: 'piece-wanted'; piece: number }
  | { type: 'index'; index: SearchIndex; tone: ToneColumns }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: IndexResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/** Pieces the page has lent, by number, and those asked for. */
const lent = new Map<number, LentPiece>();
const awaited = new Map<number, (piece: LentPiece) => void>();

function borrow(piece: number): Promise<LentPiece> {
  const here = lent.get(piece);
  if (here) {
    lent.delete(piece);
    return Promise.resolve(here);
  }
  post({ type: 'piece-wanted', piece });
  return new Promise((resolve) => awaited.set(piece, resolve));
}

function take(piece: LentPiece): void {
  const waiting = awaited.get(piece.piece);
  awaited.delete(piece.piece);
  if (waiting) waiting(piece);
  else lent.set(piece.piece, piece);
}

type Releasable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

/**
 * Lets a lent piece's memory go now. Left to the engine, it goes when the piece is collected,
 * which comes seldom in a worker that makes little garbage: up to tens of megabytes of pieces
 * read waited for it. (Moving a buffer's contents to one of no length ends the old one at once.)
 */
function release(piece: BodyPiece): void {
  for (const array of [piece.bytes, piece.ends]) (array.buffer as Releasable).transfer?.(0);
}

/** Reads the pieces in turn, the next one asked for while this one is read. */
async function build(count: number, pieceCount: number): Promise<void> {
  const tally = new ToneTally(count);
  const builder = new SearchIndexBuilder(count, tally);
  const decoder = new TextDecoder();
  let next = pieceCount > 0 ? borrow(0) : null;
  for (let at = 0; at < pieceCount; at += 1) {
    const { bodies, names, nameEnds } = await (next ?? borrow(at));
    next = at + 1 < pieceCount ? borrow(at + 1) : null;
    const name = (k: number) => names.slice(k === 0 ? 0 : nameEnds[k - 1], nameEnds[k]);
    let start = 0;
    bodies.ends.forEach((end, slot) => {
      const body = decoder.decode(bodies.bytes.subarray(start, end));
      builder.add([name(2 * slot), body, name(2 * slot + 1)]);
      start = end;
    });
    release(bodies);
  }
  const index = builder.finish();
  const tone = tally.finish(count);
  post({ type: 'index', index, tone }, [
    ...indexBuffers(index),
    tone.tone.buffer,
    tone.toneScore.buffer,
  ]);
}

scope.onmessage = (event: MessageEvent<IndexRequest>) => {
  const request = event.data;
  if (request.type === 'piece') {
    take(request);
    return;
  }
  build(request.count, request.pieces).catch((error: unknown) =>
    post({ type: 'error', message: errorText(error) }),
  );
};
