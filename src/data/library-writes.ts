import type { Dataset } from './review-schema';
import { sameFilm } from './library-merge';
import { plainDataset } from './plain-review';
import {
  attempt,
  checkStoredDataset,
  isEntry,
  LibraryStorageError,
  openLibrary,
  type LibraryEntry,
} from './library-db';

// The library's writes, loaded when the reader first changes the library rather than with the
// page: listing and reading are all a page needs to open.

/**
 * Keeps a new dataset and its entry together: both are written or neither. With `unlessFilmKept`,
 * nothing is written when the library already holds the film, as stored now (another tab may
 * have added it since this one listed the library), and that entry is returned.
 */
export async function addLibraryDataset(
  entry: LibraryEntry,
  dataset: Dataset,
  { unlessFilmKept = false }: { unlessFilmKept?: boolean } = {},
): Promise<LibraryEntry | null> {
  const db = await openLibrary();
  return attempt('The dataset could not be saved', async () => {
    const tx = db.transaction(['entries', 'datasets'], 'readwrite');
    const entries = tx.objectStore('entries');
    if (unlessFilmKept) {
      // Read in the writing transaction: no other tab's add can land between this look and
      // the write.
      const kept: unknown[] = await entries.getAll();
      const found = kept.filter(isEntry).find((other) => sameFilm(other.film, entry.film));
      if (found) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return found;
      }
    }
    const writes: Array<Promise<unknown>> = [];
    try {
      writes.push(entries.put(entry));
      // Structured cloning keeps own fields only: bodies kept as bytes are copied out first.
      writes.push(tx.objectStore('datasets').put({ id: entry.id, dataset: plainDataset(dataset) }));
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      // The writes made before a put that threw fail with the transaction: that failure is
      // this one, said once.
      for (const write of writes) write.catch(() => undefined);
      // A put that throws at once (a value that cannot be cloned) leaves the transaction to
      // commit what was put before it: the entry without its dataset.
      try {
        tx.abort();
      } catch {
        // Already ended: aborted by the failure itself.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
    return null;
  });
}

export class LibraryEntryGone extends LibraryStorageError {
  constructor() {
    super('It is no longer in the library: it was deleted, maybe in another tab.');
  }
}

/**
 * Changes a stored dataset as it is stored now, not as this tab last saw it, in one transaction:
 * another tab's change in the meantime is kept, and a dataset deleted meanwhile stays deleted.
 */
export async function updateLibraryDataset<T>(
  id: string,
  change: (dataset: Dataset) => { dataset: Dataset; result: T },
): Promise<T> {
  const db = await openLibrary();
  return attempt('The dataset could not be saved', async () => {
    const tx = db.transaction(['entries', 'datasets', 'words'], 'readwrite');
    const entries = tx.objectStore('entries');
    const datasets = tx.objectStore('datasets');
    const [entry, stored] = await Promise.all([entries.get(id), datasets.get(id)]);
    if (!isEntry(entry) || stored === undefined) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new LibraryEntryGone();
    }
    let current: Dataset;
    try {
      current = checkStoredDataset(stored);
    } catch (error) {
      // A damaged dataset is left as it is, for the reader to delete: a change would bury it.
      tx.abort();
      await tx.done.catch(() => undefined);
      throw error;
    }
    const { dataset, result } = change(current);
    await Promise.all([
      datasets.put({ id, dataset: plainDataset(dataset) }),
      entries.put({ ...entry, film: { ...dataset.film }, reviewCount: dataset.reviews.length }),
      // Its word counts are counted again when it is next shown whole.
      tx.objectStore('words').delete(id),
      tx.done,
    ]);
    return result;
  });
}

/** Renames an entry as stored now; an entry deleted meanwhile is not brought back. */
export async function renameLibraryEntry(id: string, label: string | null): Promise<void> {
  const db = await openLibrary();
  await attempt('The new name could not be saved', async () => {
    const tx = db.transaction('entries', 'readwrite');
    const entry = await tx.store.get(id);
    if (!isEntry(entry)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new LibraryEntryGone();
    }
    await Promise.all([tx.store.put({ ...entry, label }), tx.done]);
  });
}

export async function deleteLibraryDataset(id: string): Promise<void> {
  const db = await openLibrary();
  await attempt('The dataset could not be deleted', async () => {
    const tx = db.transaction(['entries', 'datasets', 'words'], 'readwrite');
    await Promise.all([
      tx.objectStore('entries').delete(id),
      tx.objectStore('datasets').delete(id),
      tx.objectStore('words').delete(id),
      tx.done,
    ]);
  });
}
