import { queryOptions } from '@tanstack/react-query';
import { BUNDLED_INDEX } from './bundled-index';
import type { DatasetIndexEntry } from './dataset-index';
import { fetchText, parseJson } from './fetch-json';
import { queryKeys } from './query-keys';

export { DatasetLoadError } from './load-error';

export const DEFAULT_INDEX_URL = `${import.meta.env.BASE_URL}data/index.json`;

async function fetchIndex(url: string, signal?: AbortSignal): Promise<DatasetIndexEntry[]> {
  const what = 'the list of datasets';
  const text = await fetchText(url, what, signal);
  // Only another list than the app's own is fetched: its check loads with it.
  const { validateDatasetIndex } = await import('./dataset-index');
  return validateDatasetIndex(parseJson(text, what, url));
}

export function datasetIndexQuery(indexUrl: string = DEFAULT_INDEX_URL) {
  return queryOptions({
    queryKey: queryKeys.datasetIndex(indexUrl),
    queryFn: ({ signal }) => fetchIndex(indexUrl, signal),
    // The app's own list is known when it is built: asking for it again would only delay the
    // first review.
    initialData: indexUrl === DEFAULT_INDEX_URL ? [...BUNDLED_INDEX] : undefined,
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
