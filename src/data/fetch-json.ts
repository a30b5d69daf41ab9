import { DatasetLoadError } from './load-error';

/**
 * Fetches `url` from this site only, throwing a DatasetLoadError that says why when there is no
 * good answer. `mode: 'same-origin'` holds on every hop, so a same-site address that redirects to
 * another site fails before that site is asked: a worker's requests are not under the page's
 * content policy, and the redirect would otherwise be followed.
 */
export async function fetchOk(url: string, what: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, mode: 'same-origin', credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      (await redirectsAway(url, signal))
        ? `Could not load ${what} from ${url}: the address redirects to another site, and this app opens datasets only from its own site.`
        : `Could not load ${what} from ${url}: a network error (the server could not be reached, or the connection is offline).`,
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(`Could not load ${what} from ${url}: ${statusReason(response)}.`);
  }
  return response;
}

/**
 * Whether a failed same-site request failed because the address redirects: asked again without
 * following, so that the other site is still not asked.
 */
async function redirectsAway(url: string, signal?: AbortSignal): Promise<boolean> {
  try {
    const probe = await fetch(url, {
      signal,
      mode: 'same-origin',
      credentials: 'same-origin',
      redirect: 'manual',
    });
    return probe.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

/** Fetches the body as text. */
export async function fetchText(url: string, what: string, signal?: AbortSignal): Promise<string> {
  return (await fetchOk(url, what, signal)).text();
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
