import { isRecord } from '@/lib/is-record';
import { ImportError } from '../import-error';
import { buildDataset } from './build-dataset';
import { readReviewData } from './imdb-review-data';
import { looksLikeJson, parseJsonText } from './json-text';
import type { FormatReader, Skipped } from './reader';

/** IMDb's GraphQL answers name their reviews' connection and nodes so. */
const looksLikeImdbData = (head: string): boolean =>
  /"(?:reviews|edges)"\s*:/.test(head) && /"(?:node|summary|originalText|__typename)"/.test(head);

/**
 * IMDb's own review data as its GraphQL API answers it (`data.title.reviews.edges[].node`), as a
 * browser's network panel saves it: one answer, or a list of them.
 */
export const imdbJsonReader: FormatReader = {
  detect: (head, fileName) =>
    looksLikeJson(head, fileName) && !/"schemaVersion"\s*:/.test(head) && looksLikeImdbData(head),
  read(text, fileName) {
    const what = fileName === null ? 'The pasted JSON' : `"${fileName}"`;
    const json = parseJsonText(text, what);
    if (!isRecord(json) && !Array.isArray(json)) {
      throw new ImportError(`${what} is JSON but holds no reviews.`);
    }
    const skipped: Skipped[] = [];
    const data = readReviewData(json, skipped);
    if (data.reviews.length === 0) {
      throw new ImportError(
        `${what} is JSON with no reviews in it: neither a Reviewscope dataset nor IMDb's review data.`,
      );
    }
    const drafts = data.reviews.map(({ draft }) => draft);
    return {
      kind: 'dataset',
      format: "IMDb's review data (JSON)",
      dataset: buildDataset(data.film, data.total, drafts, skipped),
      skipped,
    };
  },
};
