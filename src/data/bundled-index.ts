import index from '../../public/data/index.json';
import type { DatasetIndexEntry } from './dataset-index';

/**
 * The bundled films, as `npm run data` listed them when the app was built: the first one opens
 * without waiting for the list to be fetched. The list is this build's own (the data tests check
 * it against the datasets), so it is not checked again at run time.
 */
export const BUNDLED_INDEX: readonly DatasetIndexEntry[] = index;
