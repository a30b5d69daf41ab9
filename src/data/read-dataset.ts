import { DatasetStream, type DatasetHead } from './dataset-stream';
import { fetchTextPieces } from './fetch-json';
import type { LoadProgress } from './load-progress';
import type { Dataset, Review } from './review-schema';

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
