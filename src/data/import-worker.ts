/// <reference lib="webworker" />
import { errorText } from '@/lib/error-text';
import { ImportError } from './import-error';
import { readImport, type ImportPreview } from './read-import';

export type ImportRequest = { text: string; fileName: null } | { file: File; fileName: string };
export type ImportResponse =
  | { type: 'progress'; stage: 'reading' | 'parsing'; bytes: number }
  | { type: 'done'; preview: ImportPreview }
  | { type: 'error'; message: string; expected: boolean };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);

// A large page takes a while to parse; doing it here keeps the dialog responsive.
scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const request = event.data;
    let text: string;
    if ('file' in request) {
      post({ type: 'progress', stage: 'reading', bytes: request.file.size });
      text = await request.file.text();
    } else {
      text = request.text;
    }
    post({ type: 'progress', stage: 'parsing', bytes: text.length });
    post({ type: 'done', preview: readImport(text, request.fileName) });
  } catch (error) {
    post({
      type: 'error',
      message: errorText(error),
      expected: error instanceof ImportError,
    });
  }
};
