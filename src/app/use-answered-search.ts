import { useEffect, useState } from 'react';
import { runInSlices } from '@/lib/schedule';
import type { DatasetSession } from '@/query/dataset-session';

interface AnsweredSearch {
  /** The search the list shows: the one asked, or while that is read, the last one answered. */
  search: string;
  /** Whether the search asked is still being read. */
  searching: boolean;
}

/**
 * The search the list can show now. The search's code loads after the first paint; and until
 * the loader's index is ready a new search is read from the reviews' text a slice at a time
 * between frames, so typing stays live. Meanwhile the list keeps the last search answered and
 * says it is searching.
 */
export function useAnsweredSearch(session: DatasetSession, search: string): AnsweredSearch {
  const [answered, setAnswered] = useState({ session, search: '' });
  const now = session.answersAtOnce(search);
  if (now && (answered.session !== session || answered.search !== search)) {
    setAnswered({ session, search });
  }
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (session.answersAtOnce(search)) return undefined;
    let live = true;
    let stop: () => void = () => undefined;
    session.loadSearch().then(
      () => {
        if (!live) return;
        // Slices longer than the usual 6 ms: the reader waits for this answer, and 12 ms still
        // leaves every frame its turn.
        stop = runInSlices(session.readClauses(search), () => setAnswered({ session, search }), 12);
      },
      (error: unknown) => {
        if (live) setFailure(error);
      },
    );
    return () => {
      live = false;
      stop();
    };
  }, [session, search]);
  // The search's code could not be fetched (offline before it was ever loaded): the nearest
  // boundary says so, and the list stays.
  if (failure !== null) throw failure;
  if (now) return { search, searching: false };
  return { search: answered.session === session ? answered.search : '', searching: true };
}
