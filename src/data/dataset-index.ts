import { isRecord } from '@/lib/is-record';

export interface DatasetIndexEntry {
  slug: string;
  film: string;
  year: number | null;
  reviewCount: number;
  file: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Checked by hand rather than with the dataset validator: the index is loaded before first paint
// and five fields do not justify shipping the validator in the first bundle.
function entryProblem(entry: unknown): string | null {
  if (!isRecord(entry)) return 'expected an object';
  if (typeof entry.slug !== 'string' || !SLUG.test(entry.slug))
    return 'slug: expected a slug like pusher-ii-2004';
  if (typeof entry.film !== 'string' || entry.film === '') return 'film: expected a title';
  if (entry.year !== null && !Number.isInteger(entry.year)) return 'year: expected a year or null';
  if (!Number.isInteger(entry.reviewCount) || (entry.reviewCount as number) < 0) {
    return 'reviewCount: expected a whole number';
  }
  if (typeof entry.file !== 'string' || entry.file === '') return 'file: expected a file name';
  return null;
}

export function validateDatasetIndex(input: unknown): DatasetIndexEntry[] {
  if (!Array.isArray(input)) throw new Error('The dataset list is not valid: expected an array.');
  input.forEach((entry, i) => {
    const problem = entryProblem(entry);
    if (problem) throw new Error(`The dataset list is not valid at [${i}].${problem}`);
  });
  return input as DatasetIndexEntry[];
}

/** Characters of a film's title a slug is made from: it names files, which have a length limit. */
const SLUG_TITLE_LIMIT = 80;

/** `Pusher II`, 2004 -> `pusher-ii-2004` */
export function datasetSlug(film: { title: string; year: number | null }): string {
  const base = `${film.title.slice(0, SLUG_TITLE_LIMIT)} ${film.year ?? ''}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base === '' ? 'film' : base;
}
