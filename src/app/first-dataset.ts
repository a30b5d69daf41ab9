import { BUNDLED_INDEX } from '@/data/bundled-index';
import { parseDatasetKey, readDatasetParam, requestedData } from '@/data/dataset-key';
import { datasetFileUrl } from '@/data/dataset-query';

/**
 * The URL of the dataset the address opens, as the page's dataset root picks it (app.tsx): a
 * bundled film, or a `?data=` file; null for a library dataset or a refused address.
 */
export function firstDatasetUrl(search: string): string | null {
  const key = readDatasetParam(search);
  if (key !== null) {
    const parsed = parseDatasetKey(key);
    if (parsed.kind === 'local') return null;
    const entry = BUNDLED_INDEX.find(({ slug }) => slug === parsed.slug) ?? BUNDLED_INDEX[0];
    return entry ? datasetFileUrl(entry) : null;
  }
  const requested = requestedData(search);
  if (requested.kind === 'url') return requested.url;
  if (requested.kind === 'refused') return null;
  const first = BUNDLED_INDEX[0];
  return first ? datasetFileUrl(first) : null;
}
