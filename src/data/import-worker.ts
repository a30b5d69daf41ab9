/// <reference lib="webworker" />
import { errorText } from '@/lib/error-text';
import { ImportError } from './import-error';
import type { NeedsColumns } from './formats/reader';
import type { ImportPreview } from './formats/read-any';
import type { Review } from './review-schema';
import { answerTableRequest, isTableRequest, TableHost } from './formats/table-host';

export type ImportSource = { text: string; fileName: null } | { file: File; fileName: string };
export interface ImportRequest {
  sources: ImportSource[];
}
export type ImportResponse =
  | { type: 'progress'; stage: 'reading' | 'parsing'; bytes: number }
  | { type: 'done'; result: ImportPreview | NeedsColumns }
  /** A preview's reviews, a piece at a time, before its `done` (which then has none). */
  | { type: 'reviews'; reviews: Review[] }
  | { type: 'error'; message: string; expected: boolean };

/** Reviews a message carries: the page takes each piece in a task of a few milliseconds. */
const REVIEWS_PER_PIECE = 1000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);

// A table stays here, read once, while the reader chooses its columns (formats/table-client.ts).
const tableHost = new TableHost();

// A large page takes a while to parse; doing it here keeps the dialog responsive. The readers
// load with the first request, so the page never carries them.
scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  if (isTableRequest(event.data)) {
    await answerTableRequest(tableHost, event.data, (response) => scope.postMessage(response));
    return;
  }
  try {
    const { sources } = event.data;
    const inputs: Array<{ text: string; fileName: string | null }> = [];
    for (const source of sources) {
      if ('file' in source) {
        post({ type: 'progress', stage: 'reading', bytes: source.file.size });
        inputs.push({ text: await source.file.text(), fileName: source.fileName });
      } else {
        inputs.push({ text: source.text, fileName: null });
      }
    }
    post({
      type: 'progress',
      stage: 'parsing',
      bytes: inputs.reduce((sum, input) => sum + input.text.length, 0),
    });
    const { readImports } = await import('./formats/read-any');
    const result = readImports(inputs);
    if (result.kind !== 'preview') {
      post({ type: 'done', result });
      return;
    }
    // One message of a large dataset is one task of the page's as long as the copy (0.6 s at
    // 60,000 reviews): the reviews go in pieces, the rest after them.
    const { reviews } = result.dataset;
    for (let at = 0; at < reviews.length; at += REVIEWS_PER_PIECE)
      post({ type: 'reviews', reviews: reviews.slice(at, at + REVIEWS_PER_PIECE) });
    post({ type: 'done', result: { ...result, dataset: { ...result.dataset, reviews: [] } } });
  } catch (error) {
    post({
      type: 'error',
      message: errorText(error),
      expected: error instanceof ImportError,
    });
  }
};
