import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { runInSlices } from '@/lib/schedule';
import type { DatasetSession, SearchProgress } from '@/query/dataset-session';
import { sortedOrder } from '@/query/run-query';
import type { SortKey } from '@/query/view-query';

interface AnsweredSearch {
  /**
   * The search the list shows: the one asked, once answered or once its reading has found
   * reviews; until then what the last search read had found, or the last one answered.
   */
  search: string;
  /** The last search answered whole (the charts and the mentions wait for a whole answer). */
  settled: string;
  /** Whether the search asked is still being read. */
  searching: boolean;
  /** While it is read: the reviews found so far, the first of the answer in the list's order. */
  found: SearchProgress | null;
}

/** The reviews found so far are shown once they fill a screen, and again when no more come. */
const SCREEN_OF_REVIEWS = 10;

/**
 * The search the list can show now. The search's code loads after the first paint; and until
 * the loader's index is ready a new search is read from the reviews' text a slice at a time
 * between frames, so typing stays live. Its first reviews are read in the list's order, so what
 * it finds among them is the answer's start: the list shows it as it is found, and says it is
 * searching, until the whole answer is in. Before it finds any, the list keeps the last search
 * answered.
 */
export function useAnsweredSearch(
  session: DatasetSession,
  search: string,
  sort: SortKey,
): AnsweredSearch {
  const [answered, setAnswered] = useState({ session, search: '' });
  const [found, setFound] = useState<{
    session: DatasetSession;
    search: string;
    progress: SearchProgress;
  } | null>(null);
  const now = session.answersAtOnce(search);
  if (now && (answered.session !== session || answered.search !== search)) {
    setAnswered({ session, search });
  }
  // A search answered at once (cleared, say) ends what an unfinished reading had found.
  if (now && found !== null) setFound(null);
  // The order the reading follows: the list's when the search was asked.
  const order = useRef(sort);
  useLayoutEffect(() => {
    order.current = sort;
  });
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (session.answersAtOnce(search)) return undefined;
    let live = true;
    let stop: () => void = () => undefined;
    session.loadSearch().then(
      () => {
        if (!live) return;
        let shown = false;
        const progress = (progress: SearchProgress) => {
          if (progress.found === 0 || (shown && !progress.last)) return;
          if (progress.found < SCREEN_OF_REVIEWS && !progress.last) return;
          shown = true;
          setFound({ session, search, progress: { ...progress } });
        };
        // Slices longer than the usual 6 ms: the reader waits for this answer, and 12 ms still
        // leaves every frame its turn.
        stop = runInSlices(
          session.readSearch(search, sortedOrder(session, order.current), progress),
          () => {
            setFound(null);
            setAnswered({ session, search });
          },
          12,
        );
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
  const last = answered.session === session ? answered.search : '';
  if (now) return { search, settled: search, searching: false, found: null };
  // What the reading of this search has found so far; while it has found none, what the reading
  // of the one before it found (the word's first letters, typed a moment ago), so that each key
  // does not put the whole last answer back in between.
  if (found && found.session === session) {
    return { search: found.search, settled: last, searching: true, found: found.progress };
  }
  return { search: last, settled: last, searching: true, found: null };
}
