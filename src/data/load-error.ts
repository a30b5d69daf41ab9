/** A dataset could not be loaded; `message` says why in words a reader understands. */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
}
