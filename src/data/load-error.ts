import { errorText } from '@/lib/error-text';

/** A dataset could not be loaded; `message` says why in words a reader understands. */
export class DatasetLoadError extends Error {
  override readonly name: string = 'DatasetLoadError';
}

/**
 * A dataset kept in the library no longer has the shape the app wrote (a changed browser
 * profile, another program, a bug): it cannot be opened, only deleted.
 */
export class DamagedDatasetError extends DatasetLoadError {
  override readonly name = 'DamagedDatasetError';
}

/** The library in IndexedDB refused or failed; `message` says what failed and why. */
export class LibraryStorageError extends Error {
  override readonly name = 'LibraryStorageError';
}

/**
 * Why `what` failed, said once: the library's and the loader's own errors say what failed
 * already, and a prefix would repeat it ("could not be saved: The dataset could not be saved").
 */
export function failureText(what: string, error: unknown): string {
  if (error instanceof LibraryStorageError || error instanceof DatasetLoadError) {
    return error.message;
  }
  return `${what}: ${errorText(error)}`;
}
