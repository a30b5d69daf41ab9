import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/review-schema';

const parse = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run parse on a table', () => {
  it('prints the dataset read by the proposed columns, and the rows it skipped', () => {
    const result = parse('tests/fixtures/tables/scraper-reviews.csv');
    expect(result.status).toBe(0);
    const dataset = validateDataset(JSON.parse(result.stdout));
    expect(dataset.film).toEqual({ title: 'Heat', year: 1995 });
    expect(dataset.reviews.map((review) => review.rating)).toEqual([8, 5, 10, null]);
    expect(result.stderr).toBe('parse: 1 row has no text, skipped\n');
  });

  it('takes --map choices, repeated, and none for a field', () => {
    const result = parse(
      'tests/fixtures/tables/scraper-reviews.csv',
      '--map',
      'rating=none',
      '--map',
      'text=review_title',
    );
    expect(result.status).toBe(0);
    const dataset = validateDataset(JSON.parse(result.stdout));
    expect(dataset.reviews.map((review) => [review.body, review.rating])).toEqual([
      ['A slow burn that pays off', null],
      ['Too long by half', null],
      ['Quiet, sad, exact', null],
      ['No words', null],
      ['A ghost story about grief', null],
    ]);
  });

  it('prints a list of datasets for a file of several films', () => {
    const result = parse('tests/fixtures/tables/imdb-style.tsv');
    const datasets: unknown[] = JSON.parse(result.stdout);
    expect(datasets.map((d) => validateDataset(d).film.title)).toEqual([
      'Drive',
      'Heat',
      'Arrival',
    ]);
  });

  it('refuses a table with no text column in one line saying what to do', () => {
    const result = parse('tests/fixtures/tables/scraper-reviews.csv', '--map', 'text=none');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^parse: .*No column holds the review text: name it with --map text=COLUMN \(columns: review_title, /,
      ),
    ]);
  });

  it('refuses an unknown column in one line', () => {
    const result = parse('tests/fixtures/tables/sentiment.csv', '--map', 'text=body');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'parse: tests/fixtures/tables/sentiment.csv: --map text=body: no column "body" (columns: review, sentiment)\n',
    );
  });
});
