import {
  dateOrderFor,
  FIELDS,
  proposeMapping,
  scaleFor,
  words,
  type ColumnMapping,
  type Field,
} from './table-columns';
import { readTableReviews, type TableFilms } from './table-rows';
import { detectTable, readTableText, TableError, type Table } from './table-source';
import type { DateOrder, RatingScale } from './table-values';

// Review tables (CSV, TSV, JSON Lines, JSON arrays of objects) as one import format: a cheap
// detect() on the start of a file, and read() giving the datasets and what was skipped.

export interface TableImport extends TableFilms {
  columns: string[];
  mapping: ColumnMapping;
  rows: number;
}

/** What to say when no column is chosen as the text. */
export function noTextMessage(columns: readonly string[], how: 'dialog' | 'cli'): string {
  const choose =
    how === 'cli'
      ? `name it with --map text=COLUMN (columns: ${columns.join(', ')})`
      : 'choose it in Text column, or pick another file';
  return `No column holds the review text: ${choose}.`;
}

const FIELD_NAMES: Record<string, Field> = {
  title: 'title',
  text: 'text',
  body: 'text',
  author: 'author',
  date: 'date',
  rating: 'rating',
  score: 'rating',
  helpful: 'helpful',
  up: 'helpful',
  down: 'helpfulDown',
  helpfuldown: 'helpfulDown',
  'helpful-down': 'helpfulDown',
  spoiler: 'spoiler',
  film: 'film',
  movie: 'film',
  year: 'filmYear',
  filmyear: 'filmYear',
  'film-year': 'filmYear',
};

/**
 * Applies `field=column` choices (`text=review_content`, `rating=none`, `scale=5`,
 * `dates=dmy`) to a mapping; throws a TableError naming a field or column it does not know.
 */
export function applyChoices(
  table: Table,
  mapping: ColumnMapping,
  choices: readonly string[],
): ColumnMapping {
  const columns = { ...mapping.columns };
  let { ratingScale, dateOrder } = mapping;
  for (const choice of choices) {
    const at = choice.indexOf('=');
    const name = (at === -1 ? choice : choice.slice(0, at)).trim().toLowerCase();
    const value = at === -1 ? '' : choice.slice(at + 1).trim();
    if (name === 'scale') {
      if (!['auto', '10', '5', '100'].includes(value))
        throw new TableError(`--map scale= takes auto, 10, 5 or 100, not "${value}"`);
      ratingScale = value as RatingScale;
      continue;
    }
    if (name === 'dates') {
      if (value !== 'dmy' && value !== 'mdy')
        throw new TableError(`--map dates= takes dmy or mdy, not "${value}"`);
      dateOrder = value satisfies DateOrder;
      continue;
    }
    const field = FIELD_NAMES[name];
    if (!field)
      throw new TableError(
        `--map ${choice}: unknown field "${name}" (fields: ${Object.keys(FIELD_NAMES).join(', ')}, scale, dates)`,
      );
    if (value.toLowerCase() === 'none') {
      columns[field] = null;
      continue;
    }
    let column = table.columns.indexOf(value);
    if (column === -1) column = table.columns.findIndex((c) => words(c) === words(value));
    if (column === -1)
      throw new TableError(
        `--map ${choice}: no column "${value}" (columns: ${table.columns.join(', ')})`,
      );
    columns[field] = column;
    if (field === 'date' && !choices.some((c) => c.startsWith('dates=')))
      dateOrder = dateOrderFor(table.rows, column).order;
    if (field === 'rating' && !choices.some((c) => c.startsWith('scale=')))
      ratingScale = scaleFor(table.rows, column);
  }
  return { columns, ratingScale, dateOrder };
}

/** Reads a table already split into rows: the proposed mapping with `choices` applied. */
export function readTable(
  table: Table,
  fileName: string | null,
  choices: readonly string[] = [],
): TableImport {
  if (table.columns.length === 0 || table.rows.length === 0)
    throw new TableError('has no rows under its header');
  const mapping = applyChoices(table, proposeMapping(table).mapping, choices);
  if (mapping.columns.text === null) throw new TableError(noTextMessage(table.columns, 'cli'));
  return {
    ...readTableReviews(table, mapping, fileName),
    columns: table.columns,
    mapping,
    rows: table.rows.length,
  };
}

export const tableFormat = {
  name: 'table',
  /** Whether the start of a file (a few kilobytes) is a review table. */
  detect: (head: string, fileName: string | null): boolean => detectTable(head, fileName) !== null,
  /** A whole file's text read as a review table; throws a TableError saying what is wrong. */
  read(text: string, fileName: string | null, choices: readonly string[] = []): TableImport {
    const kind = detectTable(text.slice(0, 65536), fileName);
    if (kind === null) throw new TableError('is not a table of reviews');
    return readTable(readTableText(text, kind, fileName), fileName, choices);
  },
};

export { FIELDS };
