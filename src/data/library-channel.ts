import type { QueryClient } from '@tanstack/react-query';
import { refreshLibrary } from './library-query';

// Other tabs of this app hear of every change, so their Dataset lists and open datasets follow.
const CHANNEL = 'reviewscope.library';
let channel: BroadcastChannel | null = null;
function libraryChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

/** Tells other tabs that entry `id` changed. */
export function announce(id: string): void {
  try {
    libraryChannel()?.postMessage({ id });
  } catch {
    // A tab that cannot be told reads the change on its next load.
  }
}

/** Follows what other tabs change in the library; returns a function that stops. */
export function followOtherTabs(client: QueryClient): () => void {
  const listen = libraryChannel();
  if (!listen) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { id?: unknown } | null;
    void refreshLibrary(client, typeof data?.id === 'string' ? data.id : null);
  };
  listen.addEventListener('message', onMessage);
  return () => listen.removeEventListener('message', onMessage);
}
