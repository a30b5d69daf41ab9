import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { errorText } from '@/lib/error-text';
import type { LibraryEntry } from './library-db';
import { UNKNOWN_FILM_TITLE } from './unknown-film';
import type { Dataset } from './review-schema';

export type { LibraryEntry } from './library-db';

/** The library's list, and why it is only this session's when the browser refuses storage. */
export interface LibraryList {
  entries: LibraryEntry[];
  problem: string | null;
}

// Datasets that could not be stored (quota, private mode, storage refused) still open for this
// session; a Map, so that no id can reach a prototype's property.
const sessionOnly = new Map<string, { entry: LibraryEntry; dataset: Dataset }>();

export function libraryQuery() {
  return queryOptions({
    queryKey: ['library'],
    // Storage that refuses is an answer, not an error: the list is then this session's alone,
    // and the page says so instead of asking the browser again and again.
    queryFn: async (): Promise<LibraryList> => {
      let stored: LibraryEntry[] = [];
      let problem: string | null = null;
      try {
        // IndexedDB's code loads with the first look at the library, not with the page.
        const { listLibrary } = await import('./library-db');
        stored = await listLibrary();
      } catch (error) {
        problem = errorText(error);
      }
      const ids = new Set(stored.map((entry) => entry.id));
      const extra = [...sessionOnly.values()]
        .map(({ entry }) => entry)
        .filter((entry) => !ids.has(entry.id));
      return { entries: [...stored, ...extra], problem };
    },
    staleTime: Infinity,
    retryOnMount: false,
  });
}

/** Keeps an entry for this session only (storage refused it); null forgets it. */
export function keepForSession(
  id: string,
  kept: { entry: LibraryEntry; dataset: Dataset } | null,
): void {
  if (kept === null) sessionOnly.delete(id);
  else sessionOnly.set(id, kept);
}

export function sessionOnlyEntry(id: string): { entry: LibraryEntry; dataset: Dataset } | null {
  return sessionOnly.get(id) ?? null;
}

/** A dataset kept for this session only (storage refused it), or null. */
export function sessionOnlyDataset(id: string): Dataset | null {
  return sessionOnly.get(id)?.dataset ?? null;
}

/** One imported dataset's reviews, read when it is opened; null when it is not in the library. */
export function libraryDatasetQuery(id: string) {
  return queryOptions({
    queryKey: ['library-dataset', id],
    queryFn: async (): Promise<Dataset | null> => {
      const kept = sessionOnly.get(id);
      if (kept) return kept.dataset;
      const { readLibraryDataset } = await import('./library-db');
      return readLibraryDataset(id);
    },
    staleTime: Infinity,
    retryOnMount: false,
  });
}

export function newEntryId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
}

// Other tabs of this app hear of every change, so their Dataset lists and open datasets follow.
const CHANNEL = 'reviewscope.library';
let channel: BroadcastChannel | null = null;
function libraryChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

/** Brings this tab's library up to date after a change to entry `id` here or elsewhere. */
export async function refreshLibrary(client: QueryClient, id: string | null): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: libraryQuery().queryKey }),
    id === null ? null : client.invalidateQueries({ queryKey: libraryDatasetQuery(id).queryKey }),
    // The open dataset's session, read through the loader (see query/session-query).
    id === null ? null : client.invalidateQueries({ queryKey: ['library-session', id] }),
  ]);
}

/** Tells other tabs that entry `id` changed. */
export function announce(id: string): void {
  try {
    libraryChannel()?.postMessage({ id });
  } catch {
    // A tab that cannot be told reads the change on its next load.
  }
}

/** Follows what other tabs change in the library; returns a function that stops. */
export function followOtherTabs(client: QueryClient): () => void {
  const listen = libraryChannel();
  if (!listen) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { id?: unknown } | null;
    void refreshLibrary(client, typeof data?.id === 'string' ? data.id : null);
  };
  listen.addEventListener('message', onMessage);
  return () => listen.removeEventListener('message', onMessage);
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

/** The same film, as far as the pages say: pages whose film is unknown may be of any two films. */
export function sameFilm(a: Dataset['film'], b: Dataset['film']): boolean {
  const title = a.title.trim().toLowerCase();
  return (
    title !== UNKNOWN_FILM_TITLE.toLowerCase() &&
    title === b.title.trim().toLowerCase() &&
    a.year === b.year
  );
}

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
