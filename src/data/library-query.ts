import { queryOptions } from '@tanstack/react-query';
import {
  deleteLibraryEntry,
  listLibrary,
  LibraryStorageError,
  putLibraryEntry,
  type LibraryEntry,
} from './library-db';
import type { Dataset } from './review-schema';

export type { LibraryEntry } from './library-db';
export { LibraryStorageError } from './library-db';

// Entries that could not be stored (quota, private mode) still open for this session.
const sessionOnly = new Map<string, LibraryEntry>();

export function libraryQuery() {
  return queryOptions({
    queryKey: ['library'],
    queryFn: async (): Promise<LibraryEntry[]> => {
      let stored: LibraryEntry[] = [];
      try {
        stored = await listLibrary();
      } catch (error) {
        if (sessionOnly.size === 0) throw error;
      }
      const ids = new Set(stored.map((entry) => entry.id));
      return [...stored, ...[...sessionOnly.values()].filter((entry) => !ids.has(entry.id))];
    },
    staleTime: Infinity,
  });
}

export function newEntryId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
}

/** Saves an entry; when storage refuses, keeps it for the session and rethrows so the UI can say so. */
export async function saveEntry(entry: LibraryEntry): Promise<void> {
  try {
    await putLibraryEntry(entry);
    sessionOnly.delete(entry.id);
  } catch (error) {
    sessionOnly.set(entry.id, entry);
    throw error instanceof LibraryStorageError ? error : new LibraryStorageError(String(error));
  }
}

export async function removeEntry(id: string): Promise<void> {
  sessionOnly.delete(id);
  await deleteLibraryEntry(id);
}

/** The reviews of `incoming` not already in `existing` (same id), appended in page order. */
export function mergeDatasets(
  existing: Dataset,
  incoming: Dataset,
): { dataset: Dataset; added: number } {
  const known = new Set(existing.reviews.map((review) => review.id));
  const fresh = incoming.reviews.filter((review) => !known.has(review.id));
  return {
    dataset: {
      ...existing,
      declaredReviewCount: existing.declaredReviewCount ?? incoming.declaredReviewCount,
      reviews: [...existing.reviews, ...fresh],
    },
    added: fresh.length,
  };
}

export function sameFilm(a: Dataset, b: Dataset): boolean {
  return (
    a.film.title.trim().toLowerCase() === b.film.title.trim().toLowerCase() &&
    a.film.year === b.film.year
  );
}

/**
 * What the library bar tells the reader after an action: the dataset just deleted (for Undo) and
 * a storage problem. Kept here, not in component state, because the action itself switches the
 * open dataset and so replaces the bar that showed it.
 */
export interface LibraryNotice {
  deleted: LibraryEntry | null;
  problem: string | null;
}

let notice: LibraryNotice = { deleted: null, problem: null };
const noticeListeners = new Set<() => void>();

export function getLibraryNotice(): LibraryNotice {
  return notice;
}

export function setLibraryNotice(next: Partial<LibraryNotice>): void {
  notice = { ...notice, ...next };
  for (const listener of noticeListeners) listener();
}

export function subscribeLibraryNotice(listener: () => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}
