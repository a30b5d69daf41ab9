import { queryOptions } from '@tanstack/react-query';
import { validateDatasetIndex, type DatasetIndexEntry } from './dataset-index';
import { DatasetValidationError, validateDataset, type Dataset } from './review-schema';

/** A dataset could not be loaded; `message` says why in words a reader understands. */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
}

export const DEFAULT_INDEX_URL = `${import.meta.env.BASE_URL}data/index.json`;

async function fetchJson(url: string, what: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(`Could not load ${what} from ${url}: the network request failed.`);
  }
  if (!response.ok) {
    const reason =
      response.status === 404 ? 'it was not found (404)' : `the server answered ${response.status}`;
    throw new DatasetLoadError(`Could not load ${what} from ${url}: ${reason}.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatasetLoadError(`Could not read ${what} from ${url}: it is not valid JSON.`);
  }
}

export function datasetIndexQuery(indexUrl: string = DEFAULT_INDEX_URL) {
  return queryOptions({
    queryKey: ['dataset-index', indexUrl],
    queryFn: async ({ signal }): Promise<DatasetIndexEntry[]> =>
      validateDatasetIndex(await fetchJson(indexUrl, 'the list of datasets', signal)),
    staleTime: Infinity,
  });
}

/** Where an index entry's file lives, relative to the index it came from. */
export function datasetFileUrl(
  entry: DatasetIndexEntry,
  indexUrl: string = DEFAULT_INDEX_URL,
): string {
  const base = new URL(indexUrl, globalThis.location?.href ?? 'http://localhost/');
  const resolved = new URL(entry.file, base);
  return resolved.origin === base.origin ? resolved.pathname + resolved.search : resolved.href;
}

export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }): Promise<Dataset> => {
      const json = await fetchJson(url, 'the dataset', signal);
      try {
        return validateDataset(json);
      } catch (error) {
        if (error instanceof DatasetValidationError) {
          throw new DatasetLoadError(`The dataset at ${url} is not valid: ${error.message}`);
        }
        throw error;
      }
    },
    staleTime: Infinity,
    // A dataset that is missing or malformed stays so: retrying only delays the message.
    retry: false,
  });
}
