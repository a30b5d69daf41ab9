import { isRecord } from '@/lib/is-record';
import { ImportError } from '../import-error';
import { DatasetValidationError, validateDataset } from '../review-schema';
import type { Dataset, Review } from '../review-schema';
import { UNKNOWN_FILM_TITLE } from '../unknown-film';
import { skip } from './build-dataset';
import { DATASET_FORMAT, datasetJsonReader, isDatasetShaped } from './dataset-json';
import { htmlPageReader } from './html-page';
import { imdbJsonReader } from './imdb-json';
import { looksLikeJson, parseJsonText } from './json-text';
import { pageText2024Reader } from './page-text-2024';
import { pageTextReader } from './page-text';
import {
  HEAD_CHARS,
  type DatasetRead,
  type FormatReader,
  type NeedsColumns,
  type ReadResult,
  type Skipped,
} from './reader';

export interface ImportPreview {
  kind: 'preview';
  dataset: Dataset;
  /** `json` for a dataset of this app, read as it is; `page` for anything read from IMDb. */
  source: 'page' | 'json';
  /** The format read, or the formats, in words. */
  format: string;
  /** How many files were read into it. */
  files: number;
  skipped: Skipped[];
  /** Reviews found in more than one of the files, kept once. */
  repeated: number;
  missing: { title: number; author: number; date: number; rating: number };
}

export interface ImportInput {
  text: string;
  fileName: string | null;
}

const whatOf = (fileName: string | null) =>
  fileName === null ? 'The pasted text' : `"${fileName}"`;

/** The copied text of a film's main page rather than of its reviews. */
const isFilmMainPageText = (text: string): boolean =>
  /^\s*Top cast\s*$/m.test(text) && /^\s*(?:Storyline|Details|Box office)\s*$/m.test(text);

function jsonReader(head: string, text: string, fileName: string | null): FormatReader {
  if (isDatasetShaped(head)) return datasetJsonReader;
  if (imdbJsonReader.detect(head, fileName)) return imdbJsonReader;
  const what = whatOf(fileName);
  // The whole file is parsed only to say which of two things is wrong with it.
  const json = parseJsonText(text, what);
  if (/"schemaVersion"\s*:/.test(text)) return datasetJsonReader;
  if (/"(?:summary|reviewSummary)"\s*:/.test(text) && /"rw\d+"/.test(text)) return imdbJsonReader;
  let why = `${what} is a JSON list`;
  if (isRecord(json)) {
    try {
      validateDataset(json);
    } catch (error) {
      if (!(error instanceof DatasetValidationError)) throw error;
      why = `${what} is not a valid dataset: ${error.message}`;
    }
  }
  throw new ImportError(`No reviews found: ${why}, nor is it IMDb's review data.`);
}

/** Picks the reader for a file from its first few kB and its name. */
function readerFor(text: string, fileName: string | null): FormatReader {
  const head = text.slice(0, HEAD_CHARS);
  if (looksLikeJson(head, null)) return jsonReader(head, text, fileName);
  if (htmlPageReader.detect(head, fileName)) return htmlPageReader;
  if (pageText2024Reader.detect(head, fileName)) return pageText2024Reader;
  if (pageTextReader.detect(head, fileName)) return pageTextReader;
  // A long page header can push the first card past the head: look through the whole text.
  if (pageText2024Reader.detect(text, fileName)) return pageText2024Reader;
  if (isFilmMainPageText(text) && !/found this helpful/.test(text)) {
    throw new ImportError(
      `${whatOf(fileName)} is the text of a film's main page on IMDb, not its reviews: open its User reviews, show them all, then copy that page.`,
    );
  }
  if (fileName?.toLowerCase().endsWith('.json') === true) return jsonReader(head, text, fileName);
  return pageTextReader;
}

/** One file or pasted text, in whichever format it is. Throws ImportError saying why not. */
export function readAny(text: string, fileName: string | null = null): ReadResult {
  if (text.trim() === '') {
    throw new ImportError(
      fileName === null
        ? 'Nothing to import: paste the text of a user-reviews page first.'
        : `"${fileName}" is empty.`,
    );
  }
  return readerFor(text, fileName).read(text, fileName);
}

function countMissing(reviews: readonly Review[]): ImportPreview['missing'] {
  const missing = { title: 0, author: 0, date: 0, rating: 0 };
  for (const review of reviews) {
    if (review.title === null) missing.title += 1;
    if (review.author === null) missing.author += 1;
    if (review.date === null) missing.date += 1;
    if (review.rating === null) missing.rating += 1;
  }
  return missing;
}

const filmKey = (film: Dataset['film']) =>
  film.title === UNKNOWN_FILM_TITLE
    ? null
    : `${film.title.trim().toLowerCase()}\u0000${film.year ?? ''}`;

const filmName = (film: Dataset['film']) =>
  film.year === null ? film.title : `${film.title} (${film.year})`;

/** Several pages of one film as one dataset: in the order given, each review once (by id). */
function merge(reads: readonly DatasetRead[]): {
  dataset: Dataset;
  skipped: Skipped[];
  repeated: number;
} {
  const known = reads.find((read) => filmKey(read.dataset.film) !== null);
  const film = (known ?? reads[0])?.dataset.film ?? { title: UNKNOWN_FILM_TITLE, year: null };
  const others = reads.filter(
    (read) => filmKey(read.dataset.film) !== null && filmKey(read.dataset.film) !== filmKey(film),
  );
  const other = others[0];
  if (other) {
    throw new ImportError(
      `These files are of different films, ${filmName(film)} and ${filmName(other.dataset.film)}: import one film at a time.`,
    );
  }
  const skipped: Skipped[] = [];
  const ids = new Set<string>();
  const reviews: Review[] = [];
  let repeated = 0;
  for (const read of reads) {
    for (const entry of read.skipped) skip(skipped, entry.reason, entry.count);
    for (const review of read.dataset.reviews) {
      if (ids.has(review.id)) {
        repeated += 1;
        continue;
      }
      ids.add(review.id);
      reviews.push(review);
    }
  }
  const counts = reads.map((read) => read.dataset.declaredReviewCount).filter((n) => n !== null);
  return {
    dataset: {
      schemaVersion: 1,
      film,
      declaredReviewCount: counts.length > 0 ? Math.max(...counts) : null,
      reviews,
    },
    skipped,
    repeated,
  };
}

/**
 * The one door of the import: files or pasted text in any format it reads, several pages of one
 * film merged. Throws ImportError with one line saying why when nothing can be imported.
 */
export function readImports(inputs: readonly ImportInput[]): ImportPreview | NeedsColumns {
  const reads: DatasetRead[] = [];
  for (const input of inputs) {
    const result = readAny(input.text, input.fileName);
    // A table's columns are chosen before it is read, one file at a time.
    if (result.kind !== 'dataset' && inputs.length === 1) return result;
    if (result.kind !== 'dataset') {
      throw new ImportError(
        `${whatOf(input.fileName)} has columns to choose: import it on its own.`,
      );
    }
    reads.push(result);
  }
  const single = reads.length === 1 ? reads[0] : undefined;
  const { dataset, skipped, repeated } = single ? { ...single, repeated: 0 } : merge(reads);
  const formats = [...new Set(reads.map((read) => read.format))];
  return {
    kind: 'preview',
    dataset,
    source: reads.every((read) => read.format === DATASET_FORMAT) ? 'json' : 'page',
    format: formats.join(', '),
    files: reads.length,
    skipped,
    repeated,
    missing: countMissing(dataset.reviews),
  };
}
