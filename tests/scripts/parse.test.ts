import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/review-schema';

const parse = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...files], {
    encoding: 'utf8',
  });

describe('npm run parse, any format', () => {
  it('prints the dataset of a saved 2024 page', () => {
    const result = parse('tests/fixtures/imdb/saved-2024-complete.html');
    expect(result.status).toBe(0);
    const dataset = validateDataset(JSON.parse(result.stdout));
    expect(dataset.film).toEqual({ title: 'Night Ferry', year: 2019 });
    expect(dataset.reviews.map((review) => review.id)).toEqual([
      'rw5550001',
      'rw5550002',
      'rw5550004',
      'rw5550005',
    ]);
  });

  it('merges several files of one film', () => {
    const result = parse(
      'tests/fixtures/imdb/graphql-page-1.json',
      'tests/fixtures/imdb/graphql-page-2.json',
    );
    expect(result.status).toBe(0);
    expect(validateDataset(JSON.parse(result.stdout)).reviews).toHaveLength(3);
  });

  it('refuses a film main page in one line on stderr', () => {
    const result = parse('tests/fixtures/imdb/film-main-page.html');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^parse: .*film-main-page\.html: .*film's main page on IMDb/),
    ]);
  });
});
