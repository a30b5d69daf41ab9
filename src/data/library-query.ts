import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { errorText } from '@/lib/error-text';
import type { LibraryEntry } from './library-db';
import { sessionOnlyDataset, sessionOnlyEntries } from './library-session-store';
import { queryKeys } from './query-keys';

export type { LibraryEntry } from './library-db';

/** The library's list, and why it is only this session's when the browser refuses storage. */
export interface LibraryList {
  entries: LibraryEntry[];
  problem: string | null;
}

export function libraryQuery() {
  return queryOptions({
    queryKey: queryKeys.library,
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
      const extra = sessionOnlyEntries().filter((entry) => !ids.has(entry.id));
      return { entries: [...stored, ...extra], problem };
    },
    staleTime: Infinity,
    retryOnMount: false,
  });
}

/**
 * The ids of one imported dataset's reviews, for what a merge into it would add; null when it is
 * not in the library. Only the ids stay: the reviews themselves are the open session's to hold
 * (query/loader), and a dialog's question should not keep a second copy of them.
 */
export function libraryReviewIdsQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.libraryReviewIds(id),
    queryFn: async (): Promise<ReadonlySet<string> | null> => {
      const dataset =
        sessionOnlyDataset(id) ?? (await (await import('./library-db')).readLibraryDataset(id));
      return dataset === null ? null : new Set(dataset.reviews.map((review) => review.id));
    },
    staleTime: Infinity,
    gcTime: 0,
    retryOnMount: false,
  });
}

/** Brings this tab's library up to date after a change to entry `id` here or elsewhere. */
export async function refreshLibrary(client: QueryClient, id: string | null): Promise<void> {
  await Promise.all([
    // The list, the room it takes and every review-id set under it.
    client.invalidateQueries({ queryKey: queryKeys.library }),
    // The open dataset's session, read through the loader (see query/loader).
    id === null ? null : client.invalidateQueries({ queryKey: queryKeys.librarySession(id) }),
  ]);
}
