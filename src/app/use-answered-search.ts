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
 * The search the list can show now. Until the loader's index is ready a new search is read from
 * the reviews' text a slice at a time between frames, so typing stays live; meanwhile the list
 * keeps the last search answered and says it is searching.
 */
export function useAnsweredSearch(session: DatasetSession, search: string): AnsweredSearch {
  const [answered, setAnswered] = useState({ session, search: '' });
  const now = session.answersAtOnce(search);
  if (now && (answered.session !== session || answered.search !== search)) {
    setAnswered({ session, search });
  }
  useEffect(() => {
    if (session.answersAtOnce(search)) return undefined;
    // Slices longer than the usual 6 ms: the reader waits for this answer, and 12 ms still leaves
    // every frame its turn.
    return runInSlices(session.readClauses(search), () => setAnswered({ session, search }), 12);
  }, [session, search]);
  if (now) return { search, searching: false };
  return { search: answered.session === session ? answered.search : '', searching: true };
}
