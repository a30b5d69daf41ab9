// Delimited text (CSV, TSV, `;`-separated) read as it arrives: quoting by RFC 4180 (a field in
// double quotes may hold the delimiter, line breaks and `""` for a quote), CRLF or LF line ends,
// a byte-order mark dropped. Written by hand rather than taken from a library: it is a few dozen
// lines, reads a 150 MB file in well under a second, and resumes across chunks without copying
// what it has read (see docs/performance.md for the comparison with Papa Parse).

export type Delimiter = ',' | ';' | '\t' | '|';

const QUOTE = 34;
const LF = 10;
const CR = 13;

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * Reads rows from `text` until its last complete row and returns where the incomplete rest
 * starts (`text.length` when `final`, or when it ends on a row's end).
 */
function readRows(
  text: string,
  delimiter: number,
  final: boolean,
  onRow: (row: string[]) => void,
): number {
  const end = text.length;
  let at = 0;
  let rowStart = 0;
  let row: string[] = [];
  const finish = () => {
    // A blank line is no row.
    if (row.length > 1 || (row.length === 1 && row[0] !== '')) onRow(row);
    row = [];
  };
  while (at < end) {
    let value: string;
    if (text.charCodeAt(at) === QUOTE) {
      let from = at + 1;
      value = '';
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1 || (quote + 1 === end && !final)) {
          // The closing quote (or what follows a quote) is in a later chunk.
          if (!final) return rowStart;
          value += text.slice(from, quote === -1 ? end : quote);
          at = end;
          break;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        at = quote + 1;
        break;
      }
      // Anything between a closing quote and the delimiter is kept, as spreadsheets do.
      let stray = at;
      while (stray < end) {
        const code = text.charCodeAt(stray);
        if (code === delimiter || code === LF || code === CR) break;
        stray += 1;
      }
      if (stray > at) value += text.slice(at, stray);
      at = stray;
    } else {
      let stop = at;
      while (stop < end) {
        const code = text.charCodeAt(stop);
        if (code === delimiter || code === LF || code === CR) break;
        stop += 1;
      }
      value = text.slice(at, stop);
      at = stop;
    }
    row.push(value);
    if (at >= end) {
      if (!final) return rowStart;
      finish();
      return end;
    }
    const code = text.charCodeAt(at);
    if (code === delimiter) {
      at += 1;
      if (at === end) {
        if (!final) return rowStart;
        row.push('');
        finish();
        return end;
      }
      continue;
    }
    if (code === CR) {
      if (at + 1 === end && !final) return rowStart;
      at += text.charCodeAt(at + 1) === LF ? 2 : 1;
    } else {
      at += 1;
    }
    finish();
    rowStart = at;
  }
  return end;
}

/** A reader of delimited text fed in chunks of any size; rows come out whole. */
export class DelimitedReader {
  private rest = '';
  private started = false;
  private readonly code: number;

  constructor(
    readonly delimiter: Delimiter,
    private readonly onRow: (row: string[]) => void,
  ) {
    this.code = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    let text = this.rest + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const stop = readRows(text, this.code, false, this.onRow);
    this.rest = stop === text.length ? '' : text.slice(stop);
  }

  end(): void {
    const text = this.rest;
    this.rest = '';
    readRows(text, this.code, true, this.onRow);
  }
}

/** All rows of a delimited text. */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  const reader = new DelimitedReader(delimiter, (row) => rows.push(row));
  reader.push(text);
  reader.end();
  return rows;
}

/**
 * The delimiter that splits the first lines into the same number of fields, most of them: a
 * `.tsv` name says tab unless the text plainly says otherwise.
 */
export function sniffDelimiter(head: string, fileName: string | null = null): Delimiter {
  // The last line of a head may be cut short: leave it out.
  const cut = Math.max(head.lastIndexOf('\n'), 0);
  const sample = cut > 0 ? head.slice(0, cut) : head;
  let best: Delimiter = fileName?.toLowerCase().endsWith('.tsv') ? '\t' : ',';
  let bestScore = -1;
  for (const delimiter of CANDIDATES) {
    const rows = parseDelimited(sample, delimiter).slice(0, 50);
    const first = rows[0]?.length ?? 0;
    if (first < 2) continue;
    const same = rows.filter((row) => row.length === first).length;
    // Rows agreeing with the header count most; more columns break a tie.
    const score = (same / rows.length) * 1000 + Math.min(first, 100);
    if (score > bestScore + (delimiter === best ? 0 : 0.5)) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
