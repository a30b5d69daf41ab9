// Every cache key of the app, in one place: what one module refreshes, another reads.

export const queryKeys = {
  /** The list of bundled datasets (data/index.json). */
  datasetIndex: (indexUrl: string) => ['dataset-index', indexUrl] as const,
  /** The open dataset's session, loaded from a URL (query/loader). */
  dataset: (url: string) => ['dataset', url] as const,
  /** The library's list of imported datasets; refreshing it refreshes every key under it. */
  library: ['library'] as const,
  /** How much this site stores and may store, under the library so it follows its changes. */
  libraryRoom: ['library', 'room'] as const,
  /** The ids of one imported dataset's reviews, for the count a merge would add. */
  libraryReviewIds: (id: string) => ['library', 'review-ids', id] as const,
  /** An imported dataset's session, read from the library (query/loader). */
  librarySession: (id: string) => ['library-session', id] as const,
};
