import { entryFor, type LibraryEntry } from '../library-db';
import { addLibraryDataset, deleteLibraryDataset } from '../library-writes';
import type { Dataset, Review } from '../review-schema';
import { dateOrderFor, proposeMapping, scaleFor, type ColumnMapping } from './table-columns';
import { noTextMessage } from './table-format';
import { readTableReviews, type Skipped, type TableFilms } from './table-rows';
import { detectTable, TableBuilder, TableError, type Table } from './table-source';

// The import worker's side of reading a table: the file is read as it arrives and kept here,
// split into rows, so a new column choice is answered without reading the file again. Only a
// summary crosses to the page until the reader adds the reviews.

export interface TableSummary {
  fileName: string;
  columns: string[];
  rows: number;
  mapping: ColumnMapping;
  /** False when the chosen date column's `03/04/2005` dates could be read either way. */
  dateOrderSettled: boolean;
  /** Whether the chosen date column has dates written as numbers only (then the order matters). */
  numericDates: boolean;
  films: Array<{ film: Dataset['film']; reviews: number }>;
  skipped: Skipped[];
  /** The first reviews, as they will be added. */
  preview: Review[];
  /** Set when the mapping leaves no text column: what the reader should do. */
  problem: string | null;
}

export type TableRequest =
  | { table: 'open'; file: Blob; fileName: string }
  /** `propose` names the settings to propose afresh for a newly chosen column. */
  | { table: 'map'; mapping: ColumnMapping; propose?: Proposable[] }
  | { table: 'take' }
  /** Writes each film's dataset to the library from here, under these ids. */
  | { table: 'save'; ids: string[]; addedAt: string };

export type TableResponse =
  | { type: 'table-progress'; bytes: number; total: number }
  | { type: 'table-summary'; summary: TableSummary }
  | { type: 'table-film'; film: Dataset['film'] }
  | { type: 'table-reviews'; reviews: Review[] }
  | { type: 'table-taken' }
  | { type: 'table-saved'; entries: LibraryEntry[] }
  /** `refused`: the worker has storage and it refused (a second try from the page would too). */
  | { type: 'table-not-saved'; message: string; refused: boolean }
  | { type: 'table-error'; message: string; expected: boolean };

export type Proposable = 'ratingScale' | 'dateOrder';

export const isTableRequest = (value: unknown): value is TableRequest =>
  typeof value === 'object' && value !== null && 'table' in value;

const PREVIEW_SIZE = 5;
/** Reviews a message carries to the page: each message is then a short task there. */
export const REVIEWS_PER_MESSAGE = 2000;
/** Bytes read between two progress messages. */
const PROGRESS_STEP = 1 << 20;

async function readFileAsTable(
  file: Blob,
  fileName: string,
  onProgress: (bytes: number) => void,
): Promise<Table> {
  const head = await file.slice(0, 65536).text();
  const kind = detectTable(head, fileName);
  if (kind === null) throw new TableError(`"${fileName}" is not a table of reviews.`);
  const builder = new TableBuilder(kind, fileName);
  if (typeof file.stream !== 'function' || typeof TextDecoderStream === 'undefined') {
    builder.push(await file.text());
    onProgress(file.size);
    return builder.end();
  }
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let bytes = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    builder.push(value);
    // Characters, not bytes, but close enough to show how far the reading is.
    bytes += value.length;
    if (bytes - told >= PROGRESS_STEP) {
      told = bytes;
      onProgress(Math.min(bytes, file.size));
    }
  }
  onProgress(file.size);
  return builder.end();
}

export class TableHost {
  private table: Table = { columns: [], rows: [] };
  private fileName = '';
  private read: TableFilms | null = null;

  async open(
    file: Blob,
    fileName: string,
    onProgress: (bytes: number) => void = () => {},
  ): Promise<TableSummary> {
    this.fileName = fileName;
    this.table = await readFileAsTable(file, fileName, onProgress);
    if (this.table.columns.length === 0 || this.table.rows.length === 0)
      throw new TableError(`"${fileName}" has no rows of reviews under its header.`);
    return this.map(proposeMapping(this.table).mapping);
  }

  map(chosen: ColumnMapping, propose: readonly Proposable[] = []): TableSummary {
    const { columns, rows } = this.table;
    const order = dateOrderFor(rows, chosen.columns.date);
    const mapping: ColumnMapping = {
      ...chosen,
      // A column that settles its own order is read in it, whatever was chosen before.
      dateOrder:
        propose.includes('dateOrder') || (order.numeric && order.settled)
          ? order.order
          : chosen.dateOrder,
      ratingScale: propose.includes('ratingScale')
        ? scaleFor(rows, chosen.columns.rating)
        : chosen.ratingScale,
    };
    // What every summary says, whatever the rows give.
    const about = {
      fileName: this.fileName,
      columns,
      rows: rows.length,
      mapping,
      dateOrderSettled: order.settled,
      numericDates: order.numeric,
    };
    if (mapping.columns.text === null) {
      this.read = null;
      return {
        ...about,
        films: [],
        skipped: [],
        preview: [],
        problem: noTextMessage(columns, 'dialog'),
      };
    }
    this.read = readTableReviews(this.table, mapping, this.fileName);
    const { datasets, skipped } = this.read;
    const preview: Review[] = [];
    for (const dataset of datasets) {
      for (const review of dataset.reviews) {
        if (preview.length >= PREVIEW_SIZE) break;
        preview.push(review);
      }
    }
    return {
      ...about,
      films: datasets.map((dataset) => ({ film: dataset.film, reviews: dataset.reviews.length })),
      skipped,
      preview,
      problem:
        datasets.length === 0
          ? `No row of "${this.fileName}" has review text in that column: choose another Text column.`
          : null,
    };
  }

  /**
   * Writes the datasets to the library, all or none: a dataset written before one that fails is
   * deleted again. Written here, a large dataset is never cloned on the page's thread.
   */
  async save(ids: readonly string[], addedAt: string): Promise<LibraryEntry[]> {
    const datasets = this.datasets();
    const written: LibraryEntry[] = [];
    try {
      for (const [index, dataset] of datasets.entries()) {
        const entry = entryFor(
          ids[index] ?? `${ids[0] ?? 'table'}-${index}`,
          dataset,
          null,
          addedAt,
        );
        await addLibraryDataset(entry, dataset);
        written.push(entry);
      }
    } catch (error) {
      await Promise.all(
        written.map((entry) => deleteLibraryDataset(entry.id).catch(() => undefined)),
      );
      throw error;
    }
    return written;
  }

  /** The datasets as last mapped. */
  datasets(): Dataset[] {
    if (!this.read) throw new TableError('Choose the column that holds the review text first.');
    return this.read.datasets;
  }
}

/** Answers a table request in the import worker. */
export async function answerTableRequest(
  host: TableHost,
  request: TableRequest,
  post: (response: TableResponse) => void,
): Promise<void> {
  try {
    if (request.table === 'open') {
      const summary = await host.open(request.file, request.fileName, (bytes) =>
        post({ type: 'table-progress', bytes, total: request.file.size }),
      );
      post({ type: 'table-summary', summary });
    } else if (request.table === 'map') {
      post({ type: 'table-summary', summary: host.map(request.mapping, request.propose) });
    } else if (request.table === 'save') {
      try {
        post({ type: 'table-saved', entries: await host.save(request.ids, request.addedAt) });
      } catch (error) {
        post({
          type: 'table-not-saved',
          message: error instanceof Error ? error.message : String(error),
          refused: typeof indexedDB !== 'undefined',
        });
      }
    } else {
      for (const dataset of host.datasets()) {
        post({ type: 'table-film', film: dataset.film });
        for (let at = 0; at < dataset.reviews.length; at += REVIEWS_PER_MESSAGE)
          post({
            type: 'table-reviews',
            reviews: dataset.reviews.slice(at, at + REVIEWS_PER_MESSAGE),
          });
      }
      post({ type: 'table-taken' });
    }
  } catch (error) {
    post({
      type: 'table-error',
      message: error instanceof Error ? error.message : String(error),
      expected: error instanceof TableError,
    });
  }
}
