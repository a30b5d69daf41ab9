import { sameOriginUrl } from '@/data/same-origin';

/** What `?data=` asks for: nothing, a same-origin dataset URL, or a refused one. */
export type RequestedData =
  { kind: 'none' } | { kind: 'url'; url: string } | { kind: 'refused'; value: string };

export function requestedData(
  search: string = globalThis.location?.search ?? '',
  base: string = globalThis.location?.href ?? 'http://localhost/',
): RequestedData {
  const value = new URLSearchParams(search).get('data')?.trim() ?? '';
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
