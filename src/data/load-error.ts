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
