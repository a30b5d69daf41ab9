import * as z from 'zod/mini';
import { formatIssuePath } from './review-schema';

export const datasetIndexEntrySchema = z.object({
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  film: z.string().check(z.minLength(1)),
  year: z.nullable(z.number().check(z.int())),
  reviewCount: z.number().check(z.int(), z.nonnegative()),
  file: z.string().check(z.minLength(1)),
});

export const datasetIndexSchema = z.array(datasetIndexEntrySchema);

export type DatasetIndexEntry = z.infer<typeof datasetIndexEntrySchema>;

export function validateDatasetIndex(input: unknown): DatasetIndexEntry[] {
  const result = datasetIndexSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? formatIssuePath(issue.path) : '(root)';
  throw new Error(
    `The dataset list is not valid at ${where}: ${issue?.message ?? 'unknown problem'}`,
  );
}

/** `Pusher II`, 2004 -> `pusher-ii-2004` */
export function datasetSlug(film: { title: string; year: number | null }): string {
  const base = `${film.title} ${film.year ?? ''}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base === '' ? 'film' : base;
}
