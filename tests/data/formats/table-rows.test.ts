import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableFormat } from '@/data/formats/table-format';
import { reviewBody, tableReviewId, titleFromFileName } from '@/data/formats/table-rows';
import { reviewContentId } from '@/data/review-id';
import { TableError } from '@/data/formats/table-source';
import { validateDataset } from '@/data/review-schema';

const read = (name: string, choices: string[] = []) =>
  tableFormat.read(readFileSync(`tests/fixtures/tables/${name}`, 'utf8'), name, choices);

describe('reading a table as reviews', () => {
  it('reads a scraper CSV: votes up and down, a score of 0 as none, rows without text skipped', () => {
    const result = read('scraper-reviews.csv');
    expect(result.datasets).toHaveLength(1);
    const [dataset] = result.datasets;
    if (!dataset) throw new Error('no dataset');
    expect(validateDataset(dataset)).toEqual(dataset);
    expect(dataset.film).toEqual({ title: 'Heat', year: 1995 });
    expect(dataset.reviews.map((r) => [r.date, r.rating, r.helpful])).toEqual([
      ['2025-12-05', 8, { up: 41, total: 47 }],
      ['2025-11-30', 5, { up: 3, total: 12 }],
      ['2026-01-02', 10, { up: 12, total: 12 }],
      ['2024-10-19', null, { up: 7, total: 8 }],
    ]);
    expect(dataset.reviews[0]?.body).toBe(
      'The first hour drifts, then the heist locks into place.\n\nThe diner scene alone is worth it.',
    );
    expect(dataset.reviews[1]?.body).toContain('"important"');
    expect(result.skipped).toEqual([{ count: 1, reason: 'has no text' }]);
  });

  it('makes one dataset per film, with the year from the film column', () => {
    const result = read('imdb-style.tsv');
    expect(result.datasets.map((d) => [d.film.title, d.film.year, d.reviews.length])).toEqual([
      ['Drive', 2011, 3],
      ['Heat', 1995, 2],
      ['Arrival', 2016, 1],
    ]);
    const drive = result.datasets[0]?.reviews ?? [];
    expect(drive.map((r) => r.spoiler)).toEqual([false, false, true]);
    expect(drive[2]?.helpful).toEqual({ up: 1413, total: 1597 });
    expect(drive[0]?.date).toBe('2017-08-23');
  });

  it('names the film after the file when no column does', () => {
    const result = read('sentiment.csv');
    expect(result.datasets[0]?.film).toEqual({ title: 'sentiment', year: null });
    expect(result.datasets[0]?.reviews[0]?.body).toBe(
      'I went in expecting little and came out grinning.\n\nThe cast clearly had fun, and so did I.',
    );
    expect(result.skipped).toEqual([{ count: 1, reason: 'has no text' }]);
  });

  it('reads JSON with scores on their own scale and votes as [up, total]', () => {
    const reviews = read('array-votes.json').datasets[0]?.reviews ?? [];
    expect(reviews.map((r) => [r.author, r.date, r.rating, r.helpful])).toEqual([
      ['ida_h', '2023-11-14', 8, { up: 20, total: 25 }],
      ['lars_j', '2023-11-14', 4, { up: 1, total: 4 }],
    ]);
  });

  it('takes choices that override the proposal, and none for a field', () => {
    const result = read('scraper-reviews.csv', ['rating=none', 'title=review_author']);
    const reviews = result.datasets[0]?.reviews ?? [];
    expect(reviews.every((r) => r.rating === null)).toBe(true);
    expect(reviews[0]?.title).toBe('kestrel_77');
  });

  it('refuses a choice of a column or field it does not know, naming what there is', () => {
    expect(() => read('sentiment.csv', ['text=body'])).toThrow(
      '--map text=body: no column "body" (columns: review, sentiment)',
    );
    expect(() => read('sentiment.csv', ['colour=review'])).toThrow(/unknown field "colour"/);
  });

  it('refuses a table with no text column, saying what to do', () => {
    expect(() => tableFormat.read('id,n\n1,2\n3,4\n', 'numbers.csv')).toThrow(
      new TableError(
        'No column holds the review text: name it with --map text=COLUMN (columns: id, n).',
      ),
    );
  });

  it('skips a review repeated row for row, and counts it', () => {
    const text = 'text,author\n"Same words here",a\n"Same words here",a\n"Other words",b\n';
    const result = tableFormat.read(text, 'x.csv');
    expect(result.datasets[0]?.reviews).toHaveLength(2);
    expect(result.skipped).toEqual([{ count: 1, reason: 'repeats an earlier review' }]);
  });

  it('gives the same ids to the same rows read twice', () => {
    expect(read('imdb-style.tsv').datasets).toEqual(read('imdb-style.tsv').datasets);
  });
});

describe('helpers', () => {
  it('titles a film after its file', () => {
    expect(titleFromFileName('data/heat_reviews.csv')).toBe('heat reviews');
    expect(titleFromFileName(null)).toBe('Imported reviews');
  });

  it('keeps paragraphs apart by one blank line', () => {
    expect(reviewBody(' One.\r\n\r\n\r\nTwo.<br/>Three. ')).toBe('One.\n\nTwo.\nThree.');
  });
});

describe('tableReviewId and reviewBody', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '<br>', 'é', '\u0000'),
  });
  it('gives the ids reviewContentId gives', () => {
    fc.assert(
      fc.property(
        fc.option(text),
        fc.option(text),
        fc.option(text),
        text,
        (author, date, title, body) => {
          const review = { author, date, title, body };
          expect(tableReviewId(review)).toBe(reviewContentId(review));
        },
      ),
    );
  });

  it('leaves tidy text as it is and tidies the rest the same way every time', () => {
    // The rule written plainly: the quick check for tidy text must agree with it.
    const reference = (raw: string) =>
      raw
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/\r\n?/g, '\n')
        .split(/\n[ \t]*\n\s*/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '')
        .join('\n\n');
    fc.assert(
      fc.property(text, (raw) => {
        const once = reviewBody(raw);
        expect(once).toBe(reference(raw));
        expect(reviewBody(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\r|\n\n\n|<br/);
      }),
    );
  });
});
