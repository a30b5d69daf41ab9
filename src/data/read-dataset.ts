import { fetchText, parseJson } from './fetch-json';
import { DatasetLoadError } from './load-error';
import type { LoadProgress } from './load-progress';
import { DatasetValidationError, validateDataset, type Dataset } from './review-schema';

/** Fetch, parse and validate a dataset: the whole of loading, wherever it runs. */
export async function readDataset(
  url: string,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<Dataset> {
  const { text, bytes } = await fetchText(url, 'the dataset', onProgress, signal);
  const json = parseJson(text, 'the dataset', url);
  const reviews = (json as { reviews?: unknown } | null)?.reviews;
  if (Array.isArray(reviews)) {
    onProgress?.({ bytes, totalBytes: bytes, reviews: reviews.length });
  }
  try {
    return validateDataset(json);
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      throw new DatasetLoadError(`The dataset at ${url} is not valid: ${error.message}`);
    }
    throw error;
  }
}
