import type { ImportRequest, ImportResponse, ImportSource } from './import-worker';
import { ImportError, MAX_IMPORT_BYTES } from './import-error';
import type { NeedsColumns } from './formats/reader';
import type { ImportPreview } from './formats/read-any';
import type { Review } from './review-schema';

export { ImportError, MAX_IMPORT_BYTES } from './import-error';
export type { ImportPreview } from './formats/read-any';
export type { NeedsColumns } from './formats/reader';

export type ImportStage = 'reading' | 'parsing';
export type ImportInput = { text: string } | { file: File } | { files: readonly File[] };

/** A preview, sent without its reviews, given those that came before it. */
function withReviews(result: ImportPreview | NeedsColumns, reviews: Review[]) {
  return result.kind === 'preview'
    ? { ...result, dataset: { ...result.dataset, reviews } }
    : result;
}

function sourcesOf(input: ImportInput): ImportSource[] {
  if ('text' in input) return [{ text: input.text, fileName: null }];
  const files = 'file' in input ? [input.file] : input.files;
  return files.map((file) => ({ file, fileName: file.name }));
}

/**
 * Reads pasted text, a chosen file or several files of one film in a Web Worker; rejects with
 * ImportError for input that cannot be imported.
 */
export async function readImportOffThread(
  input: ImportInput,
  onStage?: (stage: ImportStage) => void,
): Promise<ImportPreview | NeedsColumns> {
  const sources = sourcesOf(input);
  for (const source of sources) {
    if ('file' in source && source.file.size > MAX_IMPORT_BYTES) {
      throw new ImportError(
        `"${source.file.name}" is ${(source.file.size / 1024 / 1024).toFixed(0)} MB; files over 100 MB are not imported.`,
      );
    }
  }
  if (typeof Worker === 'undefined') {
    const { readImports } = await import('./formats/read-any');
    const inputs = await Promise.all(
      sources.map(async (source) =>
        'file' in source
          ? { text: await source.file.text(), fileName: source.fileName }
          : { text: source.text, fileName: null },
      ),
    );
    return readImports(inputs);
  }
  const request: ImportRequest = { sources };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    // A preview's reviews come in pieces before it.
    const reviews: Review[] = [];
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onStage?.(message.stage);
        return;
      }
      if (message.type === 'reviews') {
        for (const review of message.reviews) reviews.push(review);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(withReviews(message.result, reviews));
      else reject(message.expected ? new ImportError(message.message) : new Error(message.message));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('The importer failed to start.'));
    };
    worker.postMessage(request);
  });
}
