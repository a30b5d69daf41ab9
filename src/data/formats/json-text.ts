import { ImportError } from '../import-error';

/** Text that starts as JSON does: an object or a list. */
export const looksLikeJson = (head: string, fileName: string | null): boolean =>
  /^\uFEFF?\s*[[{]/.test(head) || fileName?.toLowerCase().endsWith('.json') === true;

/** Parses JSON as data (never run as code), or says in one line that it is not JSON. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new ImportError(`${what} is not valid JSON, so it is not a dataset file.`);
  }
}
