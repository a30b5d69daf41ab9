import { isRecord } from '@/lib/is-record';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DamagedDatasetError, DatasetLoadError, LibraryStorageError } from './load-error';
import { DatasetValidationError, validateEachReview, type Dataset } from './review-schema';

/**
 * What the library lists about an imported dataset, kept apart from its reviews so that filling
 * the Dataset list reads a few hundred bytes per dataset, not the datasets themselves.
 */
export interface LibraryEntry {
  id: string;
  /** The reader's own name for it, shown after the film; null until renamed. */
  label: string | null;
  addedAt: string;
  film: Dataset['film'];
  reviewCount: number;
}

interface StoredDataset {
  id: string;
  dataset: Dataset;
}

/**
 * How many of a film's reviews use each of its most used words (see query/film-words): what the
 * mentions of another film are weighed against.
 */
export interface StoredFilmWords {
  /** The entry's id, or `bundled:` and the film's key. */
  id: string;
  film: Dataset['film'];
  /** Every word use counted once per review, over all the film's words. */
  total: number;
  /** The words kept, separated by spaces, most used first. */
  words: string;
  counts: Int32Array;
}

interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry };
  datasets: { key: string; value: StoredDataset };
  words: { key: string; value: StoredFilmWords };
}

const DB_NAME = 'reviewscope';
// Version 1 kept { id, label, addedAt, dataset } records in `datasets`; version 2 adds `entries`;
// version 3 adds `words`, each film's word counts, kept apart from its reviews.
const DB_VERSION = 3;

export { LibraryStorageError };

/** What the browser said, by the name of its error, in words a reader understands. */
const REFUSALS: ReadonlyMap<string, string> = new Map([
  ['QuotaExceededError', 'the browser has no more room for it'],
  ['DataCloneError', 'the browser could not copy it into storage'],
  ['SecurityError', 'the browser does not allow storage here'],
  ['InvalidStateError', 'the browser closed the library meanwhile'],
  ['TransactionInactiveError', 'the browser closed the library meanwhile'],
  ['AbortError', 'the browser stopped the write'],
  ['UnknownError', 'the browser could not use its storage'],
]);

function describe(error: unknown): string {
  // A DOMException from another realm (a worker, a test's fake) is no instance of this one's.
  const name = isRecord(error) && typeof error.name === 'string' ? error.name : '';
  const known = REFUSALS.get(name);
  if (known) return known;
  const message = error instanceof Error ? error.message.trim().replace(/\.+$/, '') : '';
  return message === '' ? 'the browser refused' : message;
}

export function isDataset(value: unknown): value is Dataset {
  return isRecord(value) && isRecord(value.film) && Array.isArray(value.reviews);
}

export function isEntry(value: unknown): value is LibraryEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.addedAt === 'string' &&
    (value.label === null || typeof value.label === 'string') &&
    isRecord(value.film) &&
    typeof value.film.title === 'string' &&
    typeof value.reviewCount === 'number'
  );
}

export function entryFor(
  id: string,
  dataset: Dataset,
  label: string | null,
  addedAt: string,
): LibraryEntry {
  return {
    id,
    label,
    addedAt,
    film: { title: dataset.film.title, year: dataset.film.year },
    reviewCount: dataset.reviews.length,
  };
}

/** Said while another tab holds the library at an older version and this one has to wait. */
type BlockedListener = (waiting: boolean) => void;
const blockedListeners = new Set<BlockedListener>();

export function onLibraryBlocked(listener: BlockedListener): () => void {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}

const tellBlocked = (waiting: boolean) => {
  for (const listener of blockedListeners) listener(waiting);
};

let opening: Promise<IDBPDatabase<LibrarySchema>> | null = null;

/** The library's database, opened once and kept open (see closeLibrary). */
export function openLibrary(): Promise<IDBPDatabase<LibrarySchema>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      new LibraryStorageError('This browser keeps no library (storage is unavailable).'),
    );
  }
  // indexedDB.open may throw at once (a policy, a private mode): a rejection like any other.
  opening ??= Promise.resolve()
    .then(() =>
      openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
        async upgrade(db, oldVersion, _newVersion, transaction) {
          if (!db.objectStoreNames.contains('datasets')) {
            db.createObjectStore('datasets', { keyPath: 'id' });
          }
          if (!db.objectStoreNames.contains('entries')) {
            db.createObjectStore('entries', { keyPath: 'id' });
          }
          if (!db.objectStoreNames.contains('words')) {
            db.createObjectStore('words', { keyPath: 'id' });
          }
          if (oldVersion >= 1 && oldVersion < 2) {
            // Every version-1 record becomes an entry beside its dataset; none is dropped, and a
            // record of a shape this code does not know is left where it was.
            const datasets = transaction.objectStore('datasets');
            const entries = transaction.objectStore('entries');
            for (
              let cursor = await datasets.openCursor();
              cursor;
              cursor = await cursor.continue()
            ) {
              const old: unknown = cursor.value;
              if (!isRecord(old) || typeof old.id !== 'string' || !isDataset(old.dataset)) continue;
              const label = typeof old.label === 'string' ? old.label : null;
              const addedAt =
                typeof old.addedAt === 'string' ? old.addedAt : new Date(0).toISOString();
              await entries.put(entryFor(old.id, old.dataset, label, addedAt));
              await cursor.update({ id: old.id, dataset: old.dataset });
            }
          }
        },
        blocked() {
          tellBlocked(true);
        },
        blocking(_current, _blocked, event) {
          // Another tab needs a newer version: let it have the database; the next call reopens.
          (event.target as IDBDatabase).close();
          opening = null;
        },
        terminated() {
          opening = null;
        },
      }),
    )
    .then(
      (db) => {
        tellBlocked(false);
        db.addEventListener('close', () => {
          opening = null;
        });
        return db;
      },
      (error: unknown) => {
        tellBlocked(false);
        // A refusal is not kept: the next action asks the browser again, once.
        opening = null;
        throw new LibraryStorageError(`The library could not be opened: ${describe(error)}.`);
      },
    );
  return opening;
}

/** Runs a storage action, its failure said as a LibraryStorageError. */
export async function attempt<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    // Errors already written for the reader (a damaged dataset, say) are passed on as they are.
    if (error instanceof LibraryStorageError || error instanceof DatasetLoadError) throw error;
    throw new LibraryStorageError(`${what}: ${describe(error)}.`);
  }
}

/** Every listed entry that still has the expected shape, oldest first; others are skipped. */
export async function listLibrary(): Promise<LibraryEntry[]> {
  const db = await openLibrary();
  const all: unknown[] = await attempt('The library could not be read', () => db.getAll('entries'));
  return all.filter(isEntry).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

/**
 * A stored record's dataset, checked as an import is: storage may hold what this code never
 * wrote (another version, another program, a damaged profile), and a review of the wrong shape
 * would otherwise fail far from here, or show as NaN.
 */
export function checkStoredDataset(stored: unknown): Dataset {
  try {
    return validateEachReview(isRecord(stored) ? stored.dataset : stored);
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      throw new DamagedDatasetError(`The stored dataset is damaged: ${error.message}.`);
    }
    throw error;
  }
}

/** The dataset stored as `id`, checked (see checkStoredDataset); null when there is none. */
export async function readLibraryDataset(id: string): Promise<Dataset | null> {
  const db = await openLibrary();
  const stored: unknown = await attempt('The dataset could not be read', () =>
    db.get('datasets', id),
  );
  return stored === undefined ? null : checkStoredDataset(stored);
}

/** Closes the connection this tab holds (tests; a page being left). */
export async function closeLibrary(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
