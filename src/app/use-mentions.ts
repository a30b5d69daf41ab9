import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterNextPaint, afterQuiet, runInSlices } from '@/lib/schedule';
import type { DatasetSession } from '@/query/dataset-session';
import type { Mention } from '@/query/mentions';

// While the index is still being built (by the index's worker, or in slices once the first
// reviews have painted), mentions are tried again this much later: a try costs next to nothing.
const INDEX_WAIT_MS = 250;

// Counting starts once the list has stayed as it is this long: not for each key of a word typed.
const QUIET_MS = 250;

/**
 * What the shown reviews mention, worked out in slices between frames once the first list of a
 * dataset has painted, and for a later list once it has stayed the same for a moment (see
 * lib/schedule, step 5): null while it is being counted.
 */
export function useMentions(
  session: DatasetSession,
  shown: Int32Array,
  search: string,
  /** Names which reviews are shown, whatever their order: a new sort keeps it, and the count. */
  shownKey: string,
  /** False while nothing shows them (a review on its own page): nothing is counted. */
  wanted = true,
  /** The film's id in the library, where its word counts are kept; null when it is not there. */
  libraryId: string | null = null,
): Mention[] | null {
  const [state, setState] = useState<{
    session: DatasetSession;
    key: string;
    mentions: Mention[];
  } | null>(null);
  // The list as it is now, for a count that starts later.
  const latest = useRef(shown);
  useLayoutEffect(() => {
    latest.current = shown;
  });
  // The first list of a dataset is counted as soon as it has painted; later ones once quiet.
  const counted = useRef<DatasetSession | null>(null);
  useEffect(() => {
    if (!wanted) return undefined;
    let stop: () => void = () => undefined;
    let live = true;
    // The counting's code loads with the first count, not with the page.
    const start = async () => {
      const { mentionsOf, libraryFilms } = await import('@/query/mentions');
      const context = await libraryFilms(session, libraryId);
      if (!live) return;
      stop = runInSlices(mentionsOf(session, latest.current, search, context), (mentions) => {
        if (mentions === null) {
          const timer = window.setTimeout(() => void start(), INDEX_WAIT_MS);
          stop = () => window.clearTimeout(timer);
        } else setState({ session, key: shownKey, mentions });
      });
    };
    const first = counted.current !== session;
    counted.current = session;
    const cancelFirst = first
      ? afterNextPaint(() => void start())
      : afterQuiet(QUIET_MS, () => void start());
    return () => {
      live = false;
      cancelFirst();
      stop();
    };
  }, [session, shownKey, search, wanted, libraryId]);
  return state?.session === session && state.key === shownKey ? state.mentions : null;
}
