import { sameOriginUrl } from './same-origin';

/**
 * Which dataset is open, and how the address bar names it: `?dataset=<slug>` for a bundled film,
 * `?dataset=local:<id>` for one in the library, `?data=<URL>` for a dataset file on this site.
 * Every reading and writing of those names is here.
 */
export type DatasetKey = { kind: 'bundled'; slug: string } | { kind: 'local'; id: string };

const LOCAL = 'local:';
const DATASET_PARAM = 'dataset';
const DATA_PARAM = 'data';
const REVIEW_PARAM = 'review';
const KEY_PATTERN = /^(?:local:)?[A-Za-z0-9-]{1,80}$/;

/** The key of a library dataset. */
export function localKey(id: string): string {
  return `${LOCAL}${id}`;
}

export function parseDatasetKey(key: string): DatasetKey {
  return key.startsWith(LOCAL)
    ? { kind: 'local', id: key.slice(LOCAL.length) }
    : { kind: 'bundled', slug: key };
}

/** The dataset key the query string names, or null for none (or one that is malformed). */
export function readDatasetParam(search: string): string | null {
  const key = new URLSearchParams(search).get(DATASET_PARAM);
  return key !== null && KEY_PATTERN.test(key) ? key : null;
}

/** The query string naming a dataset: `dataset` replaces a `data` URL. */
export function writeDatasetParam(key: string | null, search: string): string {
  const params = new URLSearchParams(search);
  params.delete(DATA_PARAM);
  // A review's link belongs to the dataset it was made in.
  params.delete(REVIEW_PARAM);
  if (key === null) params.delete(DATASET_PARAM);
  else params.set(DATASET_PARAM, key);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The review a link names (`?review=ID`), or null. */
export function readReviewParam(search: string): string | null {
  const id = new URLSearchParams(search).get(REVIEW_PARAM);
  return id === null || id === '' ? null : id;
}

/** The address without the review a link names: back to the list. */
export function withoutReview(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(REVIEW_PARAM);
  url.hash = '';
  return url.href;
}

/**
 * Whether an address names a review and nothing of a view (no search, filter or order): such a
 * link opens the review on a page of its own. A link that carries a view (as older ones did)
 * opens the list with the review in it.
 */
export function linksReviewAlone(search: string): boolean {
  const params = new URLSearchParams(search);
  if (readReviewParam(search) === null) return false;
  for (const name of params.keys()) {
    if (name !== REVIEW_PARAM && name !== DATASET_PARAM && name !== DATA_PARAM) return false;
  }
  return true;
}

/**
 * The address of one review on its own: the open dataset (`dataset` or `data`) and the review,
 * none of the reader's search, filters or order.
 */
export function reviewPageLink(id: string, href: string): string {
  const url = new URL(href);
  const kept = new URLSearchParams();
  for (const name of [DATASET_PARAM, DATA_PARAM]) {
    const value = url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  kept.set(REVIEW_PARAM, id);
  url.search = kept.toString();
  url.hash = '';
  return url.href;
}

/** What `?data=` asks for: nothing, a same-origin dataset URL, or a refused one. */
export type RequestedData =
  { kind: 'none' } | { kind: 'url'; url: string } | { kind: 'refused'; value: string };

export function requestedData(
  search: string = globalThis.location?.search ?? '',
  base: string = globalThis.location?.href ?? 'http://localhost/',
): RequestedData {
  const value = new URLSearchParams(search).get(DATA_PARAM)?.trim() ?? '';
  if (value === '') return { kind: 'none' };
  const url = sameOriginUrl(value, base);
  if (url === null) return { kind: 'refused', value };
  // A path stays as written: it is the key the reader's votes on that dataset are kept under.
  return { kind: 'url', url: /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value) ? url.href : value };
}

export function refusedDataMessage(value: string): string {
  const shown = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return `Reviewscope opens datasets only from its own site, so it did not fetch "${shown}". To read that file, download it, then bring it in with Import.`;
}
