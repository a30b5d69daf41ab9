import { DatasetStream, type DatasetHead } from './dataset-stream';
import { fetchOk } from './fetch-json';
import type { LoadProgress } from './load-progress';
import type { Dataset, Review } from './review-schema';

const PROGRESS_EVERY_BYTES = 1 << 20;

/**
 * Fetches the body and hands on its text a piece at a time as it arrives (`onText`, awaited
 * before the next piece is read), reporting bytes as they come.
 */
async function fetchTextPieces(
  url: string,
  what: string,
  onText: (text: string) => void | Promise<void>,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const response = await fetchOk(url, what, signal);
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) {
    const text = await response.text();
    await onText(text);
    onProgress({ bytes: text.length, totalBytes, reviews: null });
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    await onText(decoder.decode(value, { stream: true }));
    if (bytes - reported >= PROGRESS_EVERY_BYTES) {
      reported = bytes;
      onProgress({ bytes, totalBytes, reviews: null });
    }
  }
  await onText(decoder.decode());
  onProgress({ bytes, totalBytes, reviews: null });
}

/**
 * Fetches a dataset and reads it as it arrives, handing on each review once it is read and
 * checked (see DatasetStream); resolves with the rest of the dataset.
 */
export async function streamDataset(
  url: string,
  onReview: (review: Review, index: number) => void,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  onText?: () => Promise<void>,
): Promise<DatasetHead> {
  const stream = new DatasetStream(onReview, url);
  let bytes: LoadProgress = { bytes: 0, totalBytes: null, reviews: null };
  await fetchTextPieces(
    url,
    'the dataset',
    async (text) => {
      stream.push(text);
      await onText?.();
    },
    (progress) => {
      bytes = progress;
      onProgress?.({ ...progress, reviews: stream.count });
    },
    signal,
  );
  const head = stream.finish();
  onProgress?.({ ...bytes, reviews: stream.count });
  return head;
}

/** Fetch, parse and validate a dataset: the whole of loading, wherever it runs. */
export async function readDataset(
  url: string,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<Dataset> {
  const reviews: Review[] = [];
  const head = await streamDataset(url, (review) => reviews.push(review), onProgress, signal);
  return { ...head, reviews };
}
