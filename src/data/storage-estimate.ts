import { queryOptions } from '@tanstack/react-query';

// Under the library's key, so that every refresh of the library refreshes it too.
/** How much this site stores and may store in this browser; null where the browser does not say. */
export function storageEstimateQuery() {
  return queryOptions({
    queryKey: ['library', 'room'],
    queryFn: async (): Promise<{ usage: number; quota: number } | null> => {
      const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null);
      if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
      return { usage: estimate.usage, quota: estimate.quota };
    },
    staleTime: Infinity,
  });
}
