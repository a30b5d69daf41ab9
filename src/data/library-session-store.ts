import type { LibraryEntry } from './library-db';
import type { Dataset } from './review-schema';

// The library's in-memory fallback: datasets that could not be stored (quota, private mode,
// storage refused) still open for this session. A Map, so that no id can reach a prototype's
// property.
const sessionOnly = new Map<string, { entry: LibraryEntry; dataset: Dataset }>();

/** Keeps an entry for this session only (storage refused it); null forgets it. */
export function keepForSession(
  id: string,
  kept: { entry: LibraryEntry; dataset: Dataset } | null,
): void {
  if (kept === null) sessionOnly.delete(id);
  else sessionOnly.set(id, kept);
}

export function sessionOnlyEntry(id: string): { entry: LibraryEntry; dataset: Dataset } | null {
  return sessionOnly.get(id) ?? null;
}

/** A dataset kept for this session only (storage refused it), or null. */
export function sessionOnlyDataset(id: string): Dataset | null {
  return sessionOnly.get(id)?.dataset ?? null;
}

/** The entries kept for this session only. */
export function sessionOnlyEntries(): LibraryEntry[] {
  return [...sessionOnly.values()].map(({ entry }) => entry);
}
