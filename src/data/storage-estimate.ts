import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/** How much this site stores and may store in this browser; null where the browser does not say. */
export function storageEstimateQuery() {
  return queryOptions({
    queryKey: queryKeys.libraryRoom,
    queryFn: async (): Promise<{ usage: number; quota: number } | null> => {
      const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null);
      if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
      return { usage: estimate.usage, quota: estimate.quota };
    },
    staleTime: Infinity,
  });
}
