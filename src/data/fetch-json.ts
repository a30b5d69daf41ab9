import { DatasetLoadError } from './load-error';
import type { LoadProgress } from './load-progress';

const PROGRESS_EVERY_BYTES = 1 << 20;

/** Fetches the body, reporting bytes as they arrive. */
export async function fetchText(
  url: string,
  what: string,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<{ text: string; bytes: number }> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(`Could not load ${what} from ${url}: the network request failed.`);
  }
  if (!response.ok) {
    const reason =
      response.status === 404 ? 'it was not found (404)' : `the server answered ${response.status}`;
    throw new DatasetLoadError(`Could not load ${what} from ${url}: ${reason}.`);
  }
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body || !onProgress) {
    const text = await response.text();
    return { text, bytes: text.length };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (bytes - reported >= PROGRESS_EVERY_BYTES) {
      reported = bytes;
      onProgress({ bytes, totalBytes, reviews: null });
    }
  }
  parts.push(decoder.decode());
  onProgress({ bytes, totalBytes, reviews: null });
  return { text: parts.join(''), bytes };
}

export function parseJson(text: string, what: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatasetLoadError(`Could not read ${what} from ${url}: it is not valid JSON.`);
  }
}
