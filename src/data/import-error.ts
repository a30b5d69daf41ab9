export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Why an import was refused, in one sentence; nothing was added. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
