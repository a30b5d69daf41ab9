import { DatasetLoadError } from './load-error';
import type { LoadProgress } from './load-progress';

const PROGRESS_EVERY_BYTES = 1 << 20;

/**
 * Fetches the body and hands on its text a piece at a time as it arrives (`onText`), reporting
 * bytes as they come; resolves with the count of bytes.
 */
export async function fetchTextPieces(
  url: string,
  what: string,
  onText: (text: string) => void | Promise<void>,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<number> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      `Could not load ${what} from ${url}: a network error (the server could not be reached, or the connection is offline).`,
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(`Could not load ${what} from ${url}: ${statusReason(response)}.`);
  }
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) {
    const text = await response.text();
    await onText(text);
    return text.length;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    await onText(decoder.decode(value, { stream: true }));
    if (bytes - reported >= PROGRESS_EVERY_BYTES) {
      reported = bytes;
      onProgress?.({ bytes, totalBytes, reviews: null });
    }
  }
  await onText(decoder.decode());
  onProgress?.({ bytes, totalBytes, reviews: null });
  return bytes;
}

/** Fetches the body, reporting bytes as they arrive. */
export async function fetchText(
  url: string,
  what: string,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<{ text: string; bytes: number }> {
  const parts: string[] = [];
  const bytes = await fetchTextPieces(
    url,
    what,
    (text) => void parts.push(text),
    onProgress,
    signal,
  );
  return { text: parts.join(''), bytes };
}

/** An unsuccessful answer in words, with its status code: `not found (HTTP 404)`. */
function statusReason(response: Response): string {
  const { status } = response;
  if (status === 404 || status === 410) return `not found (HTTP ${status})`;
  if (status === 401 || status === 403) return `access refused (HTTP ${status})`;
  if (status >= 500) return `the server failed (HTTP ${status})`;
  return `the server answered HTTP ${status}`;
}

/** Text that starts like a web page: what a server sends for a wrong address it still answers. */
const looksLikeHtml = (text: string) => /^\s*<(?:!doctype|html|head|body|\?xml|!--)/i.test(text);

/** The error for text that is not JSON, from its start: a web page is said to be one. */
export function notJsonError(start: string, what: string, url: string): DatasetLoadError {
  return new DatasetLoadError(
    looksLikeHtml(start)
      ? `Could not read ${what} from ${url}: the address answered with a web page (HTML) instead of JSON, so it is probably not a dataset's address.`
      : `Could not read ${what} from ${url}: it is not valid JSON.`,
  );
}

export function parseJson(text: string, what: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw notJsonError(text.slice(0, 64), what, url);
  }
}
