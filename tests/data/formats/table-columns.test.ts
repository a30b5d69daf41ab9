import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnsKey, proposeMapping, type Field } from '@/data/formats/table-columns';
import { detectTable, readTableText, type Table } from '@/data/formats/table-source';

function fixture(name: string): Table {
  const text = readFileSync(`tests/fixtures/tables/${name}`, 'utf8');
  const kind = detectTable(text.slice(0, 4096), name);
  if (kind === null) throw new Error(`${name} is not detected as a table`);
  return readTableText(text, kind, name);
}

/** The proposal as field -> column name, for reading in a test. */
function named(table: Table): Partial<Record<Field, string>> {
  const { columns } = proposeMapping(table).mapping;
  return Object.fromEntries(
    Object.entries(columns).flatMap(([field, column]) =>
      column === null ? [] : [[field, table.columns[column]]],
    ),
  );
}

describe('proposeMapping', () => {
  it('reads a scraper file by its column names', () => {
    expect(named(fixture('scraper-reviews.csv'))).toEqual({
      title: 'review_title',
      text: 'review_content',
      author: 'review_author',
      date: 'review_date',
      rating: 'rating',
      helpful: 'helpful_count_up',
      helpfulDown: 'helpful_count_down',
      film: 'movie_title',
      filmYear: 'release_date',
    });
  });

  it('reads an IMDb-dataset style file', () => {
    expect(named(fixture('imdb-style.tsv'))).toEqual({
      title: 'review_summary',
      text: 'review_detail',
      author: 'reviewer',
      date: 'review_date',
      rating: 'rating',
      helpful: 'helpful',
      spoiler: 'spoiler_tag',
      film: 'movie',
    });
  });

  it('reads JSON Lines and JSON arrays with nested fields', () => {
    expect(named(fixture('spoilers.jsonl'))).toMatchObject({
      text: 'review_text',
      title: 'review_summary',
      date: 'review_date',
      rating: 'rating',
      spoiler: 'is_spoiler',
      author: 'user_id',
    });
    expect(named(fixture('array-votes.json'))).toEqual({
      title: 'title',
      text: 'text',
      author: 'author.name',
      date: 'date',
      rating: 'score',
      helpful: 'helpful',
    });
  });

  it('takes the text from a review column and leaves a sentiment unread', () => {
    expect(named(fixture('sentiment.csv'))).toEqual({ text: 'review' });
  });

  it('takes the longest prose as the text when no name says so', () => {
    const table: Table = {
      columns: ['a', 'b', 'c'],
      rows: [
        ['x', 'A long paragraph of prose that goes on for a good while.', '7'],
        ['y', 'Another long paragraph of prose, with a comma or two, here.', '3'],
      ],
    };
    expect(proposeMapping(table).mapping.columns.text).toBe(1);
  });

  it('proposes no text column for a table without prose', () => {
    const table: Table = {
      columns: ['id', 'n'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    };
    expect(proposeMapping(table).mapping.columns.text).toBeNull();
  });

  it('does not take a column whose content cannot be the field', () => {
    const table: Table = {
      columns: ['text', 'date', 'rating'],
      rows: [
        ['Fine film, would watch again.', 'soon', 'great'],
        ['Not my thing at all, sorry.', 'later', 'poor'],
      ],
    };
    expect(named(table)).toEqual({ text: 'text' });
  });

  it('settles the date order from the whole column, or says it is open', () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`Review ${i} text here`, '03/04/2005']);
    expect(proposeMapping({ columns: ['text', 'date'], rows }).dateOrderSettled).toBe(false);
    rows.push(['Last one, far down the file', '25/04/2005']);
    const proposal = proposeMapping({ columns: ['text', 'date'], rows });
    expect(proposal).toMatchObject({ dateOrderSettled: true, mapping: { dateOrder: 'dmy' } });
  });

  it('proposes the rating scale from the column', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`Text number ${i}`, String((i % 5) + 1)]);
    expect(proposeMapping({ columns: ['review', 'stars'], rows }).mapping.ratingScale).toBe('5');
    rows.push(['One more', '87']);
    expect(proposeMapping({ columns: ['review', 'stars'], rows }).mapping.ratingScale).toBe('100');
  });
});

describe('columnsKey', () => {
  it('is the same for the same columns in another order or case', () => {
    expect(columnsKey(['Review Text', 'rating'])).toBe(columnsKey(['rating', 'review_text']));
    expect(columnsKey(['a', 'b'])).not.toBe(columnsKey(['a', 'c']));
  });
});

describe('detectTable', () => {
  it('tells tables from pages and the app’s own JSON', () => {
    expect(detectTable('a,b\n1,2\n', 'x.csv')).toBe('delimited');
    expect(detectTable('review\tsentiment\nfine\tpositive\n', null)).toBe('delimited');
    expect(detectTable('{"a":1}\n{"a":2}\n', null)).toBe('json-lines');
    expect(detectTable('[{"a":1}]', null)).toBe('json-array');
    expect(detectTable('{"schemaVersion":1,"film":{}}', 'x.json')).toBeNull();
    expect(detectTable('Pusher II (2004)\n31 Reviews\nHide Spoilers\n', 'page.txt')).toBeNull();
  });
});
