import type { LibraryEntry } from './library-db';
import type { Dataset } from './review-schema';

/**
 * What the library bar tells the reader after an action: the dataset just deleted (for Undo) and
 * a storage problem. Kept here, not in component state, because the action itself switches the
 * open dataset and so replaces the bar that showed it.
 */
export interface LibraryNotice {
  deleted: { entry: LibraryEntry; dataset: Dataset } | null;
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
