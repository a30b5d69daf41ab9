import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DelimitedReader,
  parseDelimited,
  sniffDelimiter,
  type Delimiter,
} from '@/data/formats/table-parse';

/** Writes a table as a spreadsheet would: fields quoted when they need it, quotes doubled. */
function writeDelimited(rows: string[][], delimiter: Delimiter, lineEnd: string): string {
  const quote = (field: string) =>
    field === '' || /["\r\n]/.test(field) || field.includes(delimiter) || /^\s|\s$/.test(field)
      ? `"${field.replace(/"/g, '""')}"`
      : field;
  return rows.map((row) => row.map(quote).join(delimiter)).join(lineEnd) + lineEnd;
}

const field = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'x', '|', '7'),
  maxLength: 12,
});

const table = fc
  .integer({ min: 2, max: 6 })
  .chain((width) =>
    fc.array(fc.array(field, { minLength: width, maxLength: width }), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  // A row of one empty field reads as a blank line: it is no row.
  .map((rows) => rows.filter((row) => row.some((cell) => cell !== '')))
  .filter((rows) => rows.length > 0);

const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t', '|');

/** Splits a text into chunks at the given cuts. */
function chunks(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const cut of at) {
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts;
}

describe('parseDelimited', () => {
  it('reads back any table written with quotes, delimiters and CRLF or LF', () => {
    fc.assert(
      fc.property(
        table,
        delimiter,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, d, end, bom) => {
          const text = (bom ? '\uFEFF' : '') + writeDelimited(rows, d, end);
          const reader: string[][] = [];
          const r = new DelimitedReader(d, (row) => reader.push(row));
          r.push(text);
          r.end();
          expect(reader).toEqual(rows);
        },
      ),
    );
  });

  it('reads the same rows whatever chunks the text arrives in', () => {
    fc.assert(
      fc.property(
        table,
        delimiter,
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, d, end, cuts) => {
          const text = `\uFEFF${writeDelimited(rows, d, end)}`;
          const read: string[][] = [];
          const reader = new DelimitedReader(d, (row) => read.push(row));
          for (const part of chunks(text, cuts)) reader.push(part);
          reader.end();
          expect(read).toEqual(rows);
        },
      ),
    );
  });

  it('reads columns in any order as the same table', () => {
    fc.assert(
      fc.property(table, delimiter, fc.nat(), (rows, d, seed) => {
        const width = rows[0]?.length ?? 0;
        const order = Array.from({ length: width }, (_, i) => i).sort(
          (a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13),
        );
        const shuffled = rows.map((row) => order.map((i) => row[i] ?? ''));
        expect(parseDelimited(writeDelimited(shuffled, d, '\n'), d)).toEqual(shuffled);
      }),
    );
  });

  it('finds the delimiter from the first lines', () => {
    fc.assert(
      fc.property(delimiter, fc.integer({ min: 2, max: 6 }), (d, width) => {
        const header = Array.from({ length: width }, (_, i) => `col${i}`);
        const rows = [
          header,
          ...Array.from({ length: 4 }, (_, r) => header.map((_, c) => `v${r}${c}`)),
        ];
        expect(sniffDelimiter(writeDelimited(rows, d, '\r\n'))).toBe(d);
      }),
    );
  });

  it('keeps a field that ends without its closing quote, and what follows a closing quote', () => {
    expect(parseDelimited('a,b\n"x""y"z,"open\nstill', ',')).toEqual([
      ['a', 'b'],
      ['x"yz', 'open\nstill'],
    ]);
  });

  it('takes a delimiter at the end of the text as one more empty field', () => {
    expect(parseDelimited('a,b,', ',')).toEqual([['a', 'b', '']]);
  });
});
