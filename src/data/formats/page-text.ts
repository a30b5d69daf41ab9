import { ImportError } from '../import-error';
import { ParseError, parseReviewPageDetailed } from '../parse-review-page';
import { skip } from './build-dataset';
import type { FormatReader, Skipped } from './reader';

/**
 * The copied text of IMDb's user-reviews page before 2024 (`28 out of 33 found this helpful`
 * after each review): the reader the bundled datasets are built with.
 */
export const pageTextReader: FormatReader = {
  detect: (head) => /found this helpful/.test(head),
  read(text, fileName) {
    try {
      const { dataset, skippedBlocks } = parseReviewPageDetailed(text);
      const skipped: Skipped[] = [];
      skip(skipped, 'a cut-off helpfulness line or no text', skippedBlocks);
      return { kind: 'dataset', format: 'IMDb page text', dataset, skipped };
    } catch (error) {
      if (error instanceof ParseError) {
        const what = fileName === null ? 'The pasted text' : `"${fileName}"`;
        throw new ImportError(`${what} is not a review page. ${error.message}`);
      }
      throw error;
    }
  },
};
