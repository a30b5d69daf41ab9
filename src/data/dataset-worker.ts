/// <reference lib="webworker" />
import type { LoadProgress } from './load-progress';
import type { Dataset } from './review-schema';
import { readDataset } from './read-dataset';

export type WorkerRequest = { url: string };
export type WorkerResponse =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; dataset: Dataset }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse) => scope.postMessage(message);

// Parsing and validating a large dataset takes long enough to freeze the page; here it does not.
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  readDataset(event.data.url, (progress) => post({ type: 'progress', progress }))
    .then((dataset) => post({ type: 'done', dataset }))
    .catch((error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
};
