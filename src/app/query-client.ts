import { QueryClient, type Query, type QueryCache } from '@tanstack/react-query';

interface Disposable {
  dispose(): void;
}

function isDisposable(value: unknown): value is Disposable {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<Disposable>).dispose === 'function'
  );
}

/**
 * Makes the cache the owner of what it holds: data with a `dispose` (an open dataset's session,
 * see query/loader) is disposed when the cache lets its entry go or replaces it with other data.
 */
function disposeWhatIsLetGo(cache: QueryCache): void {
  const held = new WeakMap<Query, Disposable>();
  cache.subscribe((event) => {
    const { query } = event;
    const before = held.get(query);
    if (event.type === 'removed') {
      held.delete(query);
      before?.dispose();
      return;
    }
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const now: unknown = query.state.data;
    if (now === before) return;
    if (isDisposable(now)) held.set(query, now);
    else held.delete(query);
    before?.dispose();
  });
}

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    },
  });
  disposeWhatIsLetGo(client.getQueryCache());
  return client;
}
