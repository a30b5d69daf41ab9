import { DamagedDatasetError, DatasetLoadError } from '@/data/load-error';
import { reportProgress } from '@/data/load-progress';
import type { Review } from '@/data/review-schema';
import type { BodyPiece } from '@/data/stored-review';
import { DatasetSession } from '../dataset-session';
import type { IndexRequest, IndexResponse } from './index-worker';
import type { SessionRequest, SessionResponse, SessionSource } from './session-worker';

/**
 * Loads a dataset in the loader's worker and hands back its session once the reviews and their
 * columns are here. The worker goes on making the other sort orders, then ends; a second worker
 * (index-worker) builds the search index and the tones, borrowing the text a piece at a time.
 * The session takes them as they come; disposing the session stops whichever is at work.
 */
export function loadInWorker(
  source: SessionSource,
  signal: AbortSignal,
): Promise<DatasetSession | null> {
  // The bodies come as bytes: what keeps them and what reads them load beside the worker, not
  // with the page.
  const stored = import('@/data/stored-review');
  const byteMatch = import('../byte-match');
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./session-worker.ts', import.meta.url), { type: 'module' });
    let indexer: Worker | null = null;
    let session: DatasetSession | null = null;
    let stopped = false;
    const stop = () => {
      stopped = true;
      worker.terminate();
      indexer?.terminate();
    };
    signal.addEventListener('abort', () => {
      // Once the session is handed over, it is the session's owner that stops the worker.
      if (session !== null) return;
      stop();
      reject(signal.reason);
    });
    const reviews: Review[] = [];
    // Each piece's bodies, as the page keeps them, and its first review: the index's worker
    // borrows a copy of each to index it.
    const pieces: BodyPiece[] = [];
    const pieceStarts: number[] = [];
    const handle = async (message: SessionResponse) => {
      switch (message.type) {
        case 'progress':
          reportProgress(message.progress);
          break;
        case 'reviews': {
          const { StoredReview } = await stored;
          const { bodies } = message;
          pieces.push(bodies);
          pieceStarts.push(reviews.length);
          message.reviews.forEach((fields, slot) => {
            reviews.push(new StoredReview(fields, bodies, slot));
          });
          // A dataset read from the library has no bytes to count: its reviews are counted here.
          if (source.kind === 'library')
            reportProgress({ bytes: 0, totalBytes: null, reviews: reviews.length });
          // The next piece comes in a task of its own, after this one's.
          setTimeout(() => worker.postMessage({ type: 'next' } satisfies SessionRequest));
          break;
        }
        case 'columns': {
          const { storedBodyTest } = await byteMatch;
          session = new DatasetSession(
            { ...message.head, reviews },
            message.columns,
            null,
            message.orders,
            storedBodyTest,
          );
          session.onDispose(stop);
          resolve(session);
          break;
        }
        case 'orders':
          session?.addOrders(message.orders);
          // The loader's last word: what it held goes with it before the index is built.
          worker.terminate();
          if (session !== null && !stopped) indexer = buildIndex(session);
          break;
        case 'missing':
          stop();
          resolve(null);
          break;
        case 'damaged':
          stop();
          reject(new DamagedDatasetError(message.message));
          break;
        case 'error':
          stop();
          reject(new DatasetLoadError(message.message));
          break;
      }
    };
    // Messages are handled in turn, each once the one before is done: a piece of reviews may
    // wait for the code that keeps its bodies.
    let handled = Promise.resolve();
    worker.onmessage = (event: MessageEvent<SessionResponse>) => {
      const message = event.data;
      handled = handled
        .then(() => handle(message))
        .catch(() => {
          stop();
          reject(
            new DatasetLoadError('Could not load the dataset: part of the app failed to load.'),
          );
        });
    };
    worker.onerror = () => {
      stop();
      reject(new DatasetLoadError('Could not load the dataset: the loader failed to start.'));
    };
    worker.postMessage({ type: 'load', source } satisfies SessionRequest);

    /** Starts the index's worker, lending it each piece it asks for. */
    function buildIndex(open: DatasetSession): Worker {
      const indexWorker = new Worker(new URL('./index-worker.ts', import.meta.url), {
        type: 'module',
      });
      indexWorker.onmessage = (event: MessageEvent<IndexResponse>) => {
        const message = event.data;
        if (message.type === 'piece-wanted') {
          const piece = pieces[message.piece];
          const first = pieceStarts[message.piece];
          if (!piece || first === undefined) return;
          const parts: string[] = [];
          const nameEnds = new Int32Array(2 * piece.ends.length);
          let length = 0;
          const add = (part: string | null | undefined, at: number) => {
            parts.push(part ?? '');
            length += part?.length ?? 0;
            nameEnds[at] = length;
          };
          for (let k = 0; k < piece.ends.length; k += 1) {
            const review = reviews[first + k];
            add(review?.title, 2 * k);
            add(review?.author, 2 * k + 1);
          }
          const bodies = { bytes: piece.bytes.slice(), ends: piece.ends.slice() };
          indexWorker.postMessage(
            {
              type: 'piece',
              piece: message.piece,
              bodies,
              names: parts.join(''),
              nameEnds,
            } satisfies IndexRequest,
            [bodies.bytes.buffer, bodies.ends.buffer, nameEnds.buffer],
          );
          return;
        }
        // The index, or a failure to make it: either way the search reads the text meanwhile.
        if (message.type === 'index') open.attachIndex(message.index, message.tone);
        pieces.length = 0;
        pieceStarts.length = 0;
        indexWorker.terminate();
      };
      indexWorker.onerror = () => indexWorker.terminate();
      indexWorker.postMessage({
        type: 'build',
        count: reviews.length,
        pieces: pieces.length,
      } satisfies IndexRequest);
      return indexWorker;
    }
  });
}
