import index from '../../public/data/index.json';
import { validateDatasetIndex, type DatasetIndexEntry } from './dataset-index';

/**
 * The bundled films, as `npm run data` listed them when the app was built: the first one opens
 * without waiting for the list to be fetched (see data/index.json, which says the same).
 */
export const BUNDLED_INDEX: readonly DatasetIndexEntry[] = validateDatasetIndex(index);
