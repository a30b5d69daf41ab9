import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetSlug, type DatasetIndexEntry } from '../src/data/dataset-index';
import { parseReviewPage } from '../src/data/parse-review-page';

export const RAW_DIR = 'data/raw';
export const OUT_DIR = 'public/data';

/** Every page in data/raw parsed into the files `npm run data` writes, by file name. */
export function buildDataFiles(rawDir: string = RAW_DIR): Map<string, string> {
  const files = new Map<string, string>();
  const index: DatasetIndexEntry[] = [];
  const pages = readdirSync(rawDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const page of pages) {
    const dataset = parseReviewPage(readFileSync(join(rawDir, page), 'utf8'));
    let slug = datasetSlug(dataset.film);
    for (let n = 2; files.has(`${slug}.json`); n += 1) slug = `${datasetSlug(dataset.film)}-${n}`;
    const file = `${slug}.json`;
    files.set(file, `${JSON.stringify(dataset, null, 2)}\n`);
    index.push({
      slug,
      film: dataset.film.title,
      year: dataset.film.year,
      reviewCount: dataset.reviews.length,
      file,
    });
  }
  files.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return files;
}
