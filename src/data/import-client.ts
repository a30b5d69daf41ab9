import type { ImportRequest, ImportResponse } from './import-worker';
import { ImportError, MAX_IMPORT_BYTES } from './import-error';
import type { ImportPreview } from './read-import';

export { ImportError, MAX_IMPORT_BYTES } from './import-error';
export type { ImportPreview } from './read-import';

export type ImportStage = 'reading' | 'parsing';

/** Reads a pasted page or a chosen file in a Web Worker; rejects with ImportError for bad input. */
export async function readImportOffThread(
  input: { text: string } | { file: File },
  onStage?: (stage: ImportStage) => void,
): Promise<ImportPreview> {
  if ('file' in input && input.file.size > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `"${input.file.name}" is ${(input.file.size / 1024 / 1024).toFixed(0)} MB; files over 100 MB are not imported.`,
    );
  }
  const request: ImportRequest =
    'file' in input
      ? { file: input.file, fileName: input.file.name }
      : { text: input.text, fileName: null };
  if (typeof Worker === 'undefined') {
    const { readImport } = await import('./read-import');
    const text = 'file' in request ? await request.file.text() : request.text;
    return readImport(text, request.fileName);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onStage?.(message.stage);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.preview);
      else reject(message.expected ? new ImportError(message.message) : new Error(message.message));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('The importer failed to start.'));
    };
    worker.postMessage(request);
  });
}
