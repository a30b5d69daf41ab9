import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDatasetIndex } from '@/data/dataset-index';
import { validateDataset } from '@/data/review-schema';
import { buildDataFiles, OUT_DIR } from '../../scripts/data-files';

describe('npm run data output', () => {
  const expected = buildDataFiles();

  it('is committed and up to date with data/raw (run `npm run data` when this fails)', () => {
    const committed = readdirSync(OUT_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(committed).toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) {
      expect(readFileSync(`${OUT_DIR}/${name}`, 'utf8'), name).toBe(content);
    }
  });

  it('lists each dataset in index.json with slug, film, year, count and file', () => {
    const index = validateDatasetIndex(JSON.parse(expected.get('index.json') ?? 'null'));
    expect(index).toEqual([
      {
        slug: 'pusher-ii-2004',
        film: 'Pusher II',
        year: 2004,
        reviewCount: 25,
        file: 'pusher-ii-2004.json',
      },
    ]);
    const dataset = validateDataset(JSON.parse(expected.get('pusher-ii-2004.json') ?? 'null'));
    expect(dataset.reviews).toHaveLength(25);
  });
});

describe('npm run parse', () => {
  const parse = (file: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', file], {
      encoding: 'utf8',
    });

  it('prints the dataset JSON of a page', () => {
    const result = parse('data/raw/pusher-ii-2004-imdb-reviews.txt');
    expect(result.status).toBe(0);
    expect(validateDataset(JSON.parse(result.stdout)).reviews).toHaveLength(25);
  });

  it('prints one line to stderr and exits 1 on a page it cannot read', () => {
    const result = parse('package.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^parse: package\.json: No reviews found/),
    ]);
  });

  it('says so when the file is missing', () => {
    const result = parse('no/such/file.txt');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('parse: cannot read no/such/file.txt: no such file');
  });
});
