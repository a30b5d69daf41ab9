import { ParseError, parseReviewPageDetailed } from './parse-review-page';
import { DatasetValidationError, validateDataset, type Dataset } from './review-schema';
import { ImportError } from './import-error';

export { ImportError, MAX_IMPORT_BYTES } from './import-error';

export interface ImportPreview {
  dataset: Dataset;
  source: 'page' | 'json';
  /** Review blocks of a page that could not be read and were left out. */
  skippedBlocks: number;
  missing: { title: number; author: number; date: number; rating: number };
}

function looksLikeJson(text: string, fileName: string | null): boolean {
  return fileName?.toLowerCase().endsWith('.json') === true || /^\s*[[{]/.test(text);
}

function countMissing(dataset: Dataset): ImportPreview['missing'] {
  const missing = { title: 0, author: 0, date: 0, rating: 0 };
  for (const review of dataset.reviews) {
    if (review.title === null) missing.title += 1;
    if (review.author === null) missing.author += 1;
    if (review.date === null) missing.date += 1;
    if (review.rating === null) missing.rating += 1;
  }
  return missing;
}

/** Reads pasted or dropped text: a copied review page or a dataset JSON file. */
export function readImport(text: string, fileName: string | null = null): ImportPreview {
  const what = fileName === null ? 'The pasted text' : `"${fileName}"`;
  if (text.trim() === '') {
    throw new ImportError(
      fileName === null
        ? 'Nothing to import: paste the text of a user-reviews page first.'
        : `${what} is empty.`,
    );
  }
  if (looksLikeJson(text, fileName)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ImportError(`${what} is not valid JSON, so it is not a dataset file.`);
    }
    try {
      const dataset = validateDataset(json);
      if (dataset.reviews.length === 0)
        throw new ImportError(`${what} is a dataset with no reviews.`);
      return { dataset, source: 'json', skippedBlocks: 0, missing: countMissing(dataset) };
    } catch (error) {
      if (error instanceof DatasetValidationError) {
        throw new ImportError(`${what} is not a valid dataset: ${error.message}`);
      }
      throw error;
    }
  }
  try {
    const { dataset, skippedBlocks } = parseReviewPageDetailed(text);
    return { dataset, source: 'page', skippedBlocks, missing: countMissing(dataset) };
  } catch (error) {
    if (error instanceof ParseError)
      throw new ImportError(`${what} is not a review page. ${error.message}`);
    throw error;
  }
}
