/**
 * The address of a dataset the app may fetch: an absolute URL or a path on the page's own
 * origin. Anything else (another origin, `data:`, `blob:`, `javascript:`) gives null, so that no
 * request leaves the origin and no foreign text shows under this app's name.
 */
export function sameOriginUrl(value: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  const page = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === page.origin ? url : null;
}
