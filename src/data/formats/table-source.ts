import { isRecord } from '@/lib/is-record';
import { DelimitedReader, parseDelimited, sniffDelimiter, type Delimiter } from './table-parse';

// A review table read as it arrives: CSV or TSV text, JSON Lines, or a JSON array of objects,
// all made into the same shape, a header and rows of cells.

export type TableKind = 'delimited' | 'json-lines' | 'json-array';

export interface Table {
  columns: string[];
  /** Cells as read: text from delimited files, any JSON value from JSON. */
  rows: unknown[][];
  /** Lines of JSON Lines (or items of a JSON array) that are no object, left out. */
  badLines?: number;
}

const TABLE_NAME = /\.(csv|tsv|tab|psv|jsonl|ndjson)$/i;

/**
 * Whether the start of a file is a review table, and which kind: cheap enough to run on the
 * first kilobytes of any file. The app's own dataset JSON and IMDb's page text are not tables.
 */
export function detectTable(head: string, fileName: string | null): TableKind | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const name = fileName ?? '';
  if (/\.(jsonl|ndjson)$/i.test(name) || /^\{[^\n]*\}\s*\r?\n\s*\{/.test(text)) return 'json-lines';
  if (/^\[\s*(\{|$)/.test(text)) return 'json-array';
  if (text.startsWith('{') || text.startsWith('[') || text === '') return null;
  if (TABLE_NAME.test(name)) return 'delimited';
  // Text without a table's name is a table when its lines split alike, into two fields or more.
  const cut = text.lastIndexOf('\n', 20000);
  if (cut === -1) return null;
  const sample = text.slice(0, cut);
  const rows = parseDelimited(sample, sniffDelimiter(sample, fileName)).slice(0, 20);
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2) return null;
  return rows.filter((row) => row.length === width).length >= rows.length * 0.8
    ? 'delimited'
    : null;
}

/** Flattens a JSON record one level (`{user: {name}}` gives `user.name`). */
function flatten(record: Record<string, unknown>): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (isRecord(value) && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value))
        fields.set(`${key}.${inner}`, innerValue);
    } else {
      fields.set(key, value);
    }
  }
  return fields;
}

export class TableError extends Error {
  override readonly name = 'TableError';
}

/** Builds a Table from chunks of text of one kind. */
export class TableBuilder {
  readonly table: Table = { columns: [], rows: [] };
  private delimited: DelimitedReader | null = null;
  private jsonText: string[] = [];
  private lineRest = '';
  private readonly columnIndex = new Map<string, number>();
  private lineNumber = 0;
  /** JSON Lines that are not objects, skipped. */
  badLines = 0;

  constructor(
    readonly kind: TableKind,
    private readonly fileName: string | null,
  ) {}

  push(chunk: string): void {
    if (this.kind === 'json-array') {
      this.jsonText.push(chunk);
      return;
    }
    if (this.kind === 'json-lines') {
      const text = this.lineRest + chunk;
      const last = text.lastIndexOf('\n');
      if (last === -1) {
        this.lineRest = text;
        return;
      }
      this.lineRest = text.slice(last + 1);
      for (const line of text.slice(0, last).split('\n')) this.addLine(line);
      return;
    }
    this.delimited ??= new DelimitedReader(this.delimiterFor(chunk), (row) => this.addRow(row));
    this.delimited.push(chunk);
  }

  end(): Table {
    if (this.kind === 'json-array') this.addArray(this.jsonText.join(''));
    else if (this.kind === 'json-lines') this.addLine(this.lineRest);
    else this.delimited?.end();
    this.jsonText = [];
    this.table.badLines = this.badLines;
    return this.table;
  }

  private delimiterFor(head: string): Delimiter {
    return sniffDelimiter(head.slice(0, 65536), this.fileName);
  }

  private addRow(row: string[]): void {
    if (this.table.columns.length === 0) {
      this.table.columns = row.map((name) => name.trim());
      return;
    }
    this.table.rows.push(row);
  }

  private addRecord(record: Record<string, unknown>): void {
    const row: unknown[] = new Array<unknown>(this.table.columns.length).fill(null);
    for (const [key, value] of flatten(record)) {
      let index = this.columnIndex.get(key);
      if (index === undefined) {
        index = this.table.columns.length;
        this.columnIndex.set(key, index);
        this.table.columns.push(key);
      }
      row[index] = value;
    }
    this.table.rows.push(row);
  }

  private addLine(line: string): void {
    this.lineNumber += 1;
    const text = this.lineNumber === 1 ? line.replace(/^\uFEFF/, '').trim() : line.trim();
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.badLines += 1;
      return;
    }
    if (isRecord(value) && !Array.isArray(value)) this.addRecord(value);
    else this.badLines += 1;
  }

  private addArray(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new TableError('is not valid JSON');
    }
    if (!Array.isArray(value)) throw new TableError('is not a JSON array of reviews');
    for (const item of value) {
      if (isRecord(item) && !Array.isArray(item)) this.addRecord(item);
      else this.badLines += 1;
    }
  }
}

/** A whole text read as a table of `kind`. */
export function readTableText(text: string, kind: TableKind, fileName: string | null): Table {
  const builder = new TableBuilder(kind, fileName);
  builder.push(text);
  return builder.end();
}
