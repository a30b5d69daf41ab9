import { ImportError } from '../import-error';
import { addToLibrary, addedToLibrary, keepRefused, newEntryId } from '../library-actions';
import type { LibraryEntry } from '../library-db';
import type { Dataset, Review } from '../review-schema';
import type { ColumnMapping } from './table-columns';
import type { Proposable, TableRequest, TableResponse, TableSummary } from './table-host';
import { rememberedMapping, rememberMapping } from './table-memory';
import { detectTable } from './table-source';

export type { Proposable, TableSummary } from './table-host';

// The page's side of reading a table: the file is read in the import worker, which keeps it
// while the reader chooses columns; each choice is answered there, and the reviews cross to the
// page in pieces only when they are added.

/** Tables are read as they arrive, so they may be larger than other imports. */
export const MAX_TABLE_BYTES = 512 * 1024 * 1024;

/** Thrown when the reader stops a reading: nothing was added. */
export class ReadingStopped extends Error {
  override readonly name = 'ReadingStopped';
}

export interface TableHandle {
  readonly summary: TableSummary;
  /**
   * The summary for another column choice (remembered for files with these columns); `propose`
   * names settings to propose afresh for a newly chosen column.
   */
  remap(mapping: ColumnMapping, propose?: Proposable[]): Promise<TableSummary>;
  /** The datasets as last mapped, one per film. */
  take(): Promise<Dataset[]>;
  /**
   * Adds each film as a library dataset: the first one's id, and why it holds for this session
   * only, if it does (storage refused it).
   */
  addAll(): Promise<{ id: string; problem: string | null }>;
  /** Ends the reading and frees what it holds. */
  close(): void;
}

/**
 * Whether a file is a review table, from its first kilobytes; pasted text (`named` false) is
 * judged by its content alone.
 */
export async function isTableFile(file: Blob, fileName: string, named = true): Promise<boolean> {
  return detectTable(await file.slice(0, 65536).text(), named ? fileName : null) !== null;
}

interface Channel {
  send(request: TableRequest, onResponse: (response: TableResponse) => boolean): Promise<void>;
  close(): void;
}

/** Runs the host in this thread, where there are no workers (tests, old browsers). */
async function localChannel(): Promise<Channel> {
  const { TableHost, answerTableRequest } = await import('./table-host');
  const host = new TableHost();
  return {
    send: (request, onResponse) =>
      answerTableRequest(host, request, (response) => void onResponse(response)),
    close: () => {},
  };
}

function workerChannel(): Channel {
  const worker = new Worker(new URL('../import-worker.ts', import.meta.url), { type: 'module' });
  let current: {
    onResponse: (response: TableResponse) => boolean;
    done: () => void;
    fail: (error: Error) => void;
  } | null = null;
  worker.onmessage = (event: MessageEvent<TableResponse>) => {
    if (current?.onResponse(event.data)) {
      const { done } = current;
      current = null;
      done();
    }
  };
  worker.onerror = () => {
    current?.fail(new Error('The importer failed to start.'));
    current = null;
  };
  return {
    send: (request, onResponse) =>
      new Promise<void>((done, fail) => {
        current = { onResponse, done, fail };
        worker.postMessage(request);
      }),
    close: () => {
      worker.terminate();
      current?.fail(new ReadingStopped('Stopped: nothing was added.'));
      current = null;
    },
  };
}

const failure = (response: { message: string; expected: boolean }) =>
  response.expected ? new ImportError(response.message) : new Error(response.message);

/**
 * Reads a table file in the import worker; `onProgress` hears how far, and `signal` stops it
 * (rejecting with ReadingStopped). A column choice remembered for these columns is applied.
 */
export async function openTable(
  file: File,
  {
    onProgress,
    signal,
  }: { onProgress?: (bytes: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<TableHandle> {
  if (file.size > MAX_TABLE_BYTES)
    throw new ImportError(
      `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(0)} MB; tables over ${MAX_TABLE_BYTES / 1024 / 1024} MB are not imported.`,
    );
  const channel = typeof Worker === 'undefined' ? await localChannel() : workerChannel();
  const stop = () => channel.close();
  signal?.addEventListener('abort', stop, { once: true });

  const ask = (request: TableRequest) => {
    let answer: TableSummary | null = null;
    let error: Error | null = null;
    return channel
      .send(request, (response) => {
        if (response.type === 'table-progress') {
          onProgress?.(response.bytes, response.total);
          return false;
        }
        if (response.type === 'table-summary') answer = response.summary;
        else if (response.type === 'table-error') error = failure(response);
        return true;
      })
      .then(() => {
        if (signal?.aborted) throw new ReadingStopped('Stopped: nothing was added.');
        if (error) throw error;
        if (!answer) throw new Error('The importer gave no answer.');
        return answer;
      });
  };

  try {
    let summary = await ask({ table: 'open', file, fileName: file.name });
    const remembered = rememberedMapping(summary.columns);
    if (remembered) summary = await ask({ table: 'map', mapping: remembered });
    let current = summary;
    const handle: TableHandle = {
      get summary() {
        return current;
      },
      remap: async (mapping, propose = []) => {
        const next = await ask({ table: 'map', mapping, propose });
        current = next;
        rememberMapping(next.columns, next.mapping);
        return next;
      },
      take: async () => {
        const datasets: Dataset[] = [];
        let reviews: Review[] = [];
        let error: Error | null = null;
        await channel.send({ table: 'take' }, (response) => {
          if (response.type === 'table-film') {
            reviews = [];
            datasets.push({
              schemaVersion: 1,
              film: response.film,
              declaredReviewCount: null,
              reviews,
            });
          } else if (response.type === 'table-reviews') {
            for (const review of response.reviews) reviews.push(review);
          } else if (response.type === 'table-error') {
            error = failure(response);
            return true;
          }
          return response.type === 'table-taken';
        });
        if (error) throw error;
        return datasets;
      },
      addAll: async () => {
        const ids = handle.summary.films.map(() => newEntryId());
        const answer: { entries: LibraryEntry[] | null; refused: string | null } = {
          entries: null,
          refused: null,
        };
        await channel.send(
          { table: 'save', ids, addedAt: new Date().toISOString() },
          (response) => {
            if (response.type === 'table-saved') answer.entries = response.entries;
            if (response.type === 'table-not-saved' && response.refused)
              answer.refused = response.message;
            return (
              response.type === 'table-saved' ||
              response.type === 'table-not-saved' ||
              response.type === 'table-error'
            );
          },
        );
        const saved = answer.entries;
        if (saved !== null && saved.length > 0) {
          addedToLibrary(saved);
          return { id: saved[0]?.id ?? '', problem: null };
        }
        // Not written there: storage refused (the datasets stay open for this session), or the
        // worker has none (they are added from here, where a refusal keeps them so too).
        let first: { id: string; problem: string | null } | null = null;
        for (const dataset of await handle.take()) {
          const added =
            answer.refused === null
              ? await addToLibrary(dataset)
              : keepRefused(dataset, answer.refused);
          first ??= { id: added.value.id, problem: added.problem };
        }
        if (!first) throw new ImportError('There are no reviews to add.');
        return first;
      },
      close: () => {
        signal?.removeEventListener('abort', stop);
        channel.close();
      },
    };
    return handle;
  } catch (error) {
    channel.close();
    throw error;
  }
}
