/** Bytes and reviews read so far for each dataset URL being loaded, for the loading indicator. */
export interface LoadProgress {
  bytes: number;
  /** From Content-Length, when the server sends it. */
  totalBytes: number | null;
  /** Known once the text is parsed. */
  reviews: number | null;
}

const progress = new Map<string, LoadProgress>();
let latest: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function reportProgress(url: string, value: LoadProgress): void {
  progress.set(url, value);
  latest = value;
  for (const listener of listeners) listener();
}

export function getProgress(url: string): LoadProgress | null {
  return progress.get(url) ?? null;
}

/** The most recent report of any load: what the loading screen shows. */
export function getLatestProgress(): LoadProgress | null {
  return latest;
}

export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
