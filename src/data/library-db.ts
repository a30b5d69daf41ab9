import type { Dataset } from './review-schema';

/** An imported dataset kept in this browser. */
export interface LibraryEntry {
  id: string;
  /** The reader's own name for it, shown after the film; null until renamed. */
  label: string | null;
  addedAt: string;
  dataset: Dataset;
}

const DB_NAME = 'reviewscope';
const STORE = 'datasets';

export class LibraryStorageError extends Error {
  override readonly name = 'LibraryStorageError';
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'the browser has no more room for it';
  }
  return error instanceof Error && error.message ? error.message : 'the browser refused';
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new LibraryStorageError('This browser keeps no library (storage is unavailable).'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch (error) {
      reject(new LibraryStorageError(`The library could not be opened: ${describe(error)}.`));
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(
        new LibraryStorageError(`The library could not be opened: ${describe(request.error)}.`),
      );
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
  what: string,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      let result: T;
      let transaction: IDBTransaction;
      try {
        transaction = db.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        request.onsuccess = () => {
          result = request.result;
        };
      } catch (error) {
        reject(new LibraryStorageError(`${what}: ${describe(error)}.`));
        return;
      }
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = () =>
        reject(new LibraryStorageError(`${what}: ${describe(transaction.error)}.`));
      transaction.onabort = () =>
        reject(new LibraryStorageError(`${what}: ${describe(transaction.error)}.`));
    });
  } finally {
    db.close();
  }
}

function isEntry(value: unknown): value is LibraryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<LibraryEntry>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.addedAt === 'string' &&
    (entry.label === null || typeof entry.label === 'string') &&
    typeof entry.dataset === 'object' &&
    entry.dataset !== null &&
    Array.isArray(entry.dataset.reviews)
  );
}

/** Every stored entry that still has the expected shape; anything else is skipped, not fatal. */
export async function listLibrary(): Promise<LibraryEntry[]> {
  const all = await run('readonly', (store) => store.getAll(), 'The library could not be read');
  return (all as unknown[]).filter(isEntry).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export async function getLibraryEntry(id: string): Promise<LibraryEntry | null> {
  const value: unknown = await run(
    'readonly',
    (store) => store.get(id),
    'The dataset could not be read',
  );
  return isEntry(value) ? value : null;
}

export async function putLibraryEntry(entry: LibraryEntry): Promise<void> {
  await run('readwrite', (store) => store.put(entry), 'The dataset could not be saved');
}

export async function deleteLibraryEntry(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id), 'The dataset could not be deleted');
}
