import { DatasetStream, type DatasetHead } from './dataset-stream';
import { fetchOk, notJsonError } from './fetch-json';
import { DatasetLoadError } from './load-error';
import type { LoadProgress } from './load-progress';
import type { Dataset, Review } from './review-schema';

const PROGRESS_EVERY_BYTES = 1 << 20;

/**
 * Fetches the body and hands on its text a piece at a time as it arrives (`onText`, awaited
 * before the next piece is read), reporting bytes as they come.
 */
async function fetchTextPieces(
  url: string,
  what: string,
  onText: (text: string) => void | Promise<void>,
  onProgress: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  started?: Promise<Response>,
): Promise<void> {
  const response = await (started ?? fetchOk(url, what, signal));
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) {
    const text = await response.text();
    await onText(text);
    onProgress({ bytes: text.length, totalBytes, reviews: null });
    return;
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
      onProgress({ bytes, totalBytes, reviews: null });
    }
  }
  await onText(decoder.decode());
  onProgress({ bytes, totalBytes, reviews: null });
}

/** How much of a response is looked at to tell a dataset's JSON from any other file. */
const SNIFF_CHARS = 4096;

/**
 * Whether a response's start is this app's dataset JSON (or meant as one, so that a damaged
 * dataset is told why as a dataset): an object, unless it is IMDb's own data (`{"data": ...}`
 * from its API, `{"props": ...}` from a page) with no `schemaVersion` near its start.
 */
export function startsAsDataset(head: string): boolean {
  if (!/^\uFEFF?\s*\{/.test(head)) return false;
  return /"schemaVersion"\s*:/.test(head) || !/^\uFEFF?\s*\{\s*"(?:data|props)"\s*:/.test(head);
}

/** Any other file the import reads (a saved IMDb page, its text, its data), read whole. */
async function readOtherFormat(
  text: string,
  url: string,
  onReview: (review: Review, index: number) => void,
): Promise<DatasetHead> {
  const [{ readImports }, { ImportError }] = await Promise.all([
    import('./formats/read-any'),
    import('./import-error'),
  ]);
  let result;
  try {
    result = readImports([
      { text, fileName: decodeURIComponent(url.split(/[?#]/)[0]?.split('/').pop() ?? '') || null },
    ]);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    // A web page with no reviews is most likely a wrong address, as before any page was read.
    if (/^\uFEFF?\s*</.test(text)) throw notJsonError(text.slice(0, 64), 'the dataset', url);
    throw new DatasetLoadError(`Could not read the dataset from ${url}: ${error.message}`);
  }
  if (result.kind !== 'preview') {
    throw new DatasetLoadError(
      `Could not read the dataset from ${url}: it is a table whose columns must be chosen; open it with Import.`,
    );
  }
  const { reviews, ...head } = result.dataset;
  reviews.forEach((review, index) => onReview(review, index));
  return head;
}

/**
 * Fetches a dataset and reads it as it arrives, handing on each review once it is read and
 * checked (see DatasetStream); resolves with the rest of the dataset. A response that is not a
 * dataset's JSON is read whole by the import's readers (loaded only then).
 */
export async function streamDataset(
  url: string,
  onReview: (review: Review, index: number) => void,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  onText?: () => Promise<void>,
  started?: Promise<Response>,
): Promise<DatasetHead> {
  const stream = new DatasetStream(onReview, url);
  let bytes: LoadProgress = { bytes: 0, totalBytes: null, reviews: null };
  type Mode = 'sniffing' | 'dataset' | 'other';
  let mode: Mode = 'sniffing';
  let held: string[] = [];
  let heldChars = 0;
  const decide = (): Mode => {
    const head = held.join('');
    mode = startsAsDataset(head) ? 'dataset' : 'other';
    if (mode === 'dataset') {
      held = [];
      stream.push(head);
    }
    return mode;
  };
  await fetchTextPieces(
    url,
    'the dataset',
    async (text) => {
      if (mode === 'dataset') {
        stream.push(text);
      } else {
        held.push(text);
        heldChars += text.length;
        if (mode === 'sniffing' && heldChars >= SNIFF_CHARS) decide();
      }
      await onText?.();
    },
    (progress) => {
      bytes = progress;
      onProgress?.({ ...progress, reviews: stream.count });
    },
    signal,
    started,
  );
  // The closures above change `mode`; read it through a value the checker does not narrow.
  const final: Mode = mode === 'sniffing' ? decide() : mode;
  if (final === 'other') return readOtherFormat(held.join(''), url, onReview);
  const head = stream.finish();
  onProgress?.({ ...bytes, reviews: stream.count });
  return head;
}

/**
 * Fetch, parse and validate a dataset: the whole of loading, wherever it runs. `started` is its
 * request, when the caller made it already (while this module loaded).
 */
export async function readDataset(
  url: string,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  started?: Promise<Response>,
): Promise<Dataset> {
  const reviews: Review[] = [];
  const head = await streamDataset(
    url,
    (review) => reviews.push(review),
    onProgress,
    signal,
    undefined,
    started,
  );
  return { ...head, reviews };
}
