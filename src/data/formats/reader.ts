import type { Dataset, Review } from '../review-schema';

/** Cards of a file that were seen but could not be read, with why, in words a reader follows. */
export interface Skipped {
  count: number;
  reason: string;
}

/** A file read into a dataset, with what of it was left out. */
export interface DatasetRead {
  kind: 'dataset';
  /** Names the format in the preview: `IMDb page text (2024 layout)`. */
  format: string;
  dataset: Dataset;
  skipped: Skipped[];
}

/**
 * A file whose fields are in columns the reader cannot name alone (CSV and the like): the import
 * asks which column holds what, then reads the file again with that choice.
 */
export interface NeedsColumns {
  kind: 'needs-columns';
  format: string;
  columns: string[];
  /** The first rows, cell by cell, for the choice to be made on. */
  sample: string[][];
  /** The reader's own guess of each field's column (`Title` -> `summary`), or null. */
  guess: Record<string, string | null>;
}

export type ReadResult = DatasetRead | NeedsColumns;

/** One format the import reads. Each is loaded only once the door is used. */
export interface FormatReader {
  /** Whether the file is in this format, from its first few kB and its name only. */
  detect(head: string, fileName: string | null): boolean;
  /** Reads the whole text; throws ImportError with one line saying why when it cannot. */
  read(text: string, fileName: string | null): ReadResult;
}

/** A review before it is given an id unique in its dataset. */
export type ReviewDraft = Omit<Review, 'id'> & { id: string | null };

/** How much of a file `detect` looks at. */
export const HEAD_CHARS = 8192;
