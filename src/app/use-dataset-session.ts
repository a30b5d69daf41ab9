import { useEffect, useMemo } from 'react';
import { DatasetSession } from '@/query/dataset-session';
import type { LoadedDataset } from '@/query/loaded-dataset';

/**
 * The session of the dataset on screen: made when it opens, given the sort orders and the search
 * index the loader makes after the first reviews show, and disposed when another opens.
 */
export function useDatasetSession(loaded: LoadedDataset): DatasetSession {
  const session = useMemo(
    () =>
      new DatasetSession(
        loaded.dataset,
        loaded.columns,
        loaded.readyIndex ?? null,
        loaded.firstOrders,
      ),
    [loaded],
  );
  useEffect(() => {
    let open = true;
    // The search's code, fetched once the list is on screen: most first searches find it here.
    session.loadSearch().catch(() => undefined);
    void loaded.laterOrders.then((orders) => {
      if (open) session.addOrders(orders);
    });
    void loaded.index.then((index) => {
      if (open && index) session.attachIndex(index);
    });
    return () => {
      open = false;
      session.dispose();
    };
  }, [loaded, session]);
  return session;
}
