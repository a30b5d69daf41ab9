import { useEffect } from 'react';
import { runSpaced } from '@/lib/schedule';
import type { DatasetSession } from '@/query/dataset-session';
import { sortedOrder } from '@/query/run-query';
import { SORT_KEYS } from '@/query/view-query';

/**
 * Work done for the reader while they read (see lib/schedule's frame order, step 5): each sort
 * order costs one full sort the first time, so they are made one per idle slot and the first
 * change of sort is as quick as the rest. Then the filtering pass runs a few times each way (see
 * query/warm-ups, loaded when first needed): until then the first filter at 100,000 reviews took
 * about 12 ms in it instead of 1.
 */
export function useWarmUps(session: DatasetSession): void {
  useEffect(() => {
    let live = true;
    let stop: () => void = () => undefined;
    // Warm-ups are a help, not a need: if their code cannot load, the page goes on without.
    import('@/query/warm-ups')
      .then(({ filterPassWarmUps }) => {
        if (!live) return;
        stop = runSpaced(
          [
            ...SORT_KEYS.map((key) => () => void sortedOrder(session, key)),
            ...filterPassWarmUps(session),
          ],
          500,
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
      stop();
    };
  }, [session]);
}
