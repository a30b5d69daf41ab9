/** Bytes and reviews read so far of the dataset being loaded, for the loading indicator. */
export interface LoadProgress {
  bytes: number;
  /** From Content-Length, when the server sends it. */
  totalBytes: number | null;
  /** Known once the text is parsed. */
  reviews: number | null;
}

let latest: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function reportProgress(value: LoadProgress): void {
  latest = value;
  for (const listener of listeners) listener();
}

/** The most recent report of any load: what the loading screen shows. */
export function getLatestProgress(): LoadProgress | null {
  return latest;
}

export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
