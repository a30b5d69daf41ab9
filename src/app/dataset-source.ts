/** The dataset named by `?data=URL`, or null to open the first bundled dataset. */
export function requestedDatasetUrl(
  search: string = globalThis.location?.search ?? '',
): string | null {
  const value = new URLSearchParams(search).get('data');
  return value === null || value.trim() === '' ? null : value.trim();
}
