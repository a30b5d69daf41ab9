/// <reference lib="webworker" />
import { errorText } from '@/lib/error-text';
import { ImportError } from './import-error';
import { readImport, type ImportPreview } from './read-import';
import { answerTableRequest, isTableRequest, TableHost } from './formats/table-host';

export type ImportRequest = { text: string; fileName: null } | { file: File; fileName: string };
export type ImportResponse =
  | { type: 'progress'; stage: 'reading' | 'parsing'; bytes: number }
  | { type: 'done'; preview: ImportPreview }
  | { type: 'error'; message: string; expected: boolean };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse) => scope.postMessage(message);

// A table stays here, read once, while the reader chooses its columns (formats/table-client.ts).
const tableHost = new TableHost();

// A large page takes a while to parse; doing it here keeps the dialog responsive.
scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  if (isTableRequest(event.data)) {
    await answerTableRequest(tableHost, event.data, (response) => scope.postMessage(response));
    return;
  }
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
