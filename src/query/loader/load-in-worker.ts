import { DamagedDatasetError, DatasetLoadError } from '@/data/load-error';
import { reportProgress } from '@/data/load-progress';
import type { Review } from '@/data/review-schema';
import type { BodyPiece } from '@/data/stored-review';
import { DatasetSession } from '../dataset-session';
import type { SessionRequest, SessionResponse, SessionSource } from './session-worker';

/**
 * Loads a dataset in the loader's worker and hands back its session once the reviews and their
 * columns are here. The worker goes on making the other sort orders and the search index, which
 * the session takes as they come; disposing the session stops it.
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
    let session: DatasetSession | null = null;
    const stop = () => worker.terminate();
    signal.addEventListener('abort', () => {
      // Once the session is handed over, it is the session's owner that stops the worker.
      if (session !== null) return;
      stop();
      reject(signal.reason);
    });
    const reviews: Review[] = [];
    // Each piece's bodies, as the page keeps them: the worker borrows a copy of each to index it.
    const pieces: BodyPiece[] = [];
    const handle = async (message: SessionResponse) => {
      switch (message.type) {
        case 'progress':
          reportProgress(message.progress);
          break;
        case 'reviews': {
          const { StoredReview } = await stored;
          const { bodies } = message;
          pieces.push(bodies);
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
          break;
        case 'bodies-wanted': {
          const piece = pieces[message.piece];
          if (!piece) break;
          const bodies = { bytes: piece.bytes.slice(), ends: piece.ends.slice() };
          worker.postMessage(
            { type: 'bodies', piece: message.piece, bodies } satisfies SessionRequest,
            [bodies.bytes.buffer, bodies.ends.buffer],
          );
          break;
        }
        case 'index':
          session?.attachIndex(message.index, message.tone);
          pieces.length = 0;
          stop();
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
  });
}
