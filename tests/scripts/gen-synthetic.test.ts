import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/review-schema';
import { generateDataset } from '../../scripts/gen-synthetic';

describe('generateDataset', () => {
  const dataset = generateDataset({ reviews: 5000, seed: 3 });
  const { reviews } = dataset;
  const share = (count: number) => count / reviews.length;

  it('is deterministic per seed and valid', () => {
    expect(JSON.stringify(generateDataset({ reviews: 200, seed: 3 }))).toBe(
      JSON.stringify(generateDataset({ reviews: 200, seed: 3 })),
    );
    expect(generateDataset({ reviews: 200, seed: 4 })).not.toEqual(
      generateDataset({ reviews: 200, seed: 3 }),
    );
    expect(validateDataset(JSON.parse(JSON.stringify(dataset)))).toEqual(dataset);
    expect(reviews).toHaveLength(5000);
  });

  it('spreads fields like a real review page', () => {
    expect(share(reviews.filter((r) => r.rating === null).length)).toBeGreaterThan(0.3);
    expect(share(reviews.filter((r) => r.rating === null).length)).toBeLessThan(0.5);
    expect(share(reviews.filter((r) => r.spoiler).length)).toBeGreaterThan(0.04);
    expect(share(reviews.filter((r) => r.spoiler).length)).toBeLessThan(0.12);
    expect(reviews.some((r) => r.helpful.total === 0)).toBe(true);
    expect(reviews.some((r) => r.helpful.total >= 100)).toBe(true);
    const years = reviews.flatMap((r) => (r.date ? [Number(r.date.slice(0, 4))] : []));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(10);
    expect(reviews.some((r) => r.date === null)).toBe(true);
    expect(reviews.some((r) => /cliché|naïve|Nørrebro/.test(r.body))).toBe(true);
    const lengths = reviews.map((r) => r.body.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeGreaterThanOrEqual(150);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(500);
  });

  it('prints one line and exits 1 on a bad argument', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/gen-synthetic.ts', '--reviews', 'abc', '--out', '/tmp/x.json'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gen: /)]);
  });
});
