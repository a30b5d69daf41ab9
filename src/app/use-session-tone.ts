import { useSyncExternalStore } from 'react';
import type { DatasetSession } from '@/query/dataset-session';

/** The session's inferred tones, null until worked out; the caller renders again when they come. */
export function useSessionTone(session: DatasetSession): Uint8Array | null {
  return useSyncExternalStore(session.onTone, () => session.tone);
}
