import { ImportError } from '../import-error';
import { DatasetValidationError, validateDataset } from '../review-schema';
import { looksLikeJson, parseJsonText } from './json-text';
import type { FormatReader } from './reader';

/** The format's name in the preview. */
export const DATASET_FORMAT = 'Reviewscope dataset';

/** Whether JSON is meant as a dataset of this app (whether or not it is a valid one). */
export const isDatasetShaped = (head: string): boolean => /"schemaVersion"\s*:/.test(head);

/** A dataset file of this app (schema version 1), exported from here or built by `npm run data`. */
export const datasetJsonReader: FormatReader = {
  detect: (head, fileName) => looksLikeJson(head, fileName) && isDatasetShaped(head),
  read(text, fileName) {
    const what = fileName === null ? 'The pasted text' : `"${fileName}"`;
    const json = parseJsonText(text, what);
    try {
      const dataset = validateDataset(json);
      if (dataset.reviews.length === 0)
        throw new ImportError(`${what} is a dataset with no reviews.`);
      return { kind: 'dataset', format: DATASET_FORMAT, dataset, skipped: [] };
    } catch (error) {
      if (error instanceof DatasetValidationError) {
        throw new ImportError(`${what} is not a valid dataset: ${error.message}`);
      }
      throw error;
    }
  },
};
