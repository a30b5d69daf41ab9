import { isRecord } from '@/lib/is-record';
import * as z from 'zod/mini';
import { formatIssuePath } from './issue-path';

const nonNegativeInt = z.number().check(z.int(), z.nonnegative());

const helpfulSchema = z.object({ up: nonNegativeInt, total: nonNegativeInt }).check(
  z.refine((h) => h.up <= h.total, {
    message: 'up must not exceed total',
    path: ['up'],
  }),
);

export const reviewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.nullable(z.string()),
  author: z.nullable(z.string()),
  date: z.nullable(z.iso.date()),
  spoiler: z.boolean(),
  body: z.string(),
  // The range first: 1e308 is said to be over 10, not over the largest safe integer.
  rating: z.nullable(z.number().check(z.gte(1), z.lte(10), z.int())),
  helpful: helpfulSchema,
});

const duplicateMessage = (id: string) => `duplicate id "${id}"`;

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    film: z.object({
      title: z.string().check(z.minLength(1)),
      year: z.nullable(z.number().check(z.gte(0), z.lte(9999), z.int())),
    }),
    declaredReviewCount: z.nullable(nonNegativeInt),
    reviews: z.array(reviewSchema),
  })
  .check(
    z.superRefine((dataset, ctx) => {
      const seen = new Set<string>();
      dataset.reviews.forEach((review, index) => {
        if (seen.has(review.id)) {
          ctx.issues.push({
            code: 'custom',
            message: duplicateMessage(review.id),
            path: ['reviews', index, 'id'],
            input: review.id,
          });
        }
        seen.add(review.id);
      });
    }),
  );

export type Dataset = z.infer<typeof datasetSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Helpful = Review['helpful'];

export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
      return `expected ${article} ${issue.expected}`;
    }
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'date'
        ? 'expected a date like 2005-03-19'
        : `invalid ${issue.format}`;
    default:
      return issue.message;
  }
}

function issueError(issue: z.core.$ZodIssue | undefined, within: PropertyKey[] = []) {
  if (!issue) return new DatasetValidationError('The dataset is not valid.', '(root)');
  const path = formatIssuePath([...within, ...issue.path]);
  return new DatasetValidationError(`${path}: ${describeIssue(issue)}`, path);
}

/** Checks untrusted data against schema version 1; throws a DatasetValidationError naming the bad field. */
export function validateDataset(input: unknown): Dataset {
  const result = datasetSchema.safeParse(input);
  if (result.success) return result.data;
  throw issueError(result.error.issues[0]);
}

/**
 * Checks one review read apart from its dataset (the `index`th of its list): the review, or the
 * error validateDataset would give for it.
 */
export function checkReview(input: unknown, index: number): Review | DatasetValidationError {
  const result = reviewSchema.safeParse(input);
  return result.success ? result.data : issueError(result.error.issues[0], ['reviews', index]);
}

/** The error validateDataset gives for the `index`th review repeating an earlier one's id. */
export function duplicateIdError(id: string, index: number): DatasetValidationError {
  const path = formatIssuePath(['reviews', index, 'id']);
  return new DatasetValidationError(`${path}: ${duplicateMessage(id)}`, path);
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const isText = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

/**
 * True only for a review that reviewSchema accepts, decided without it: the schema takes a few
 * microseconds a review, which a library dataset of 100,000 reviews pays on every open. A review
 * this does not accept goes to the schema, which decides and says why.
 */
function plainlyValid(value: unknown): value is Review {
  if (!isRecord(value)) return false;
  const { id, title, author, date, spoiler, body, rating, helpful } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    isText(title) &&
    isText(author) &&
    (date === null || (typeof date === 'string' && z.regexes.date.test(date))) &&
    typeof spoiler === 'boolean' &&
    typeof body === 'string' &&
    (rating === null ||
      (typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 10)) &&
    isRecord(helpful) &&
    isCount(helpful.up) &&
    isCount(helpful.total) &&
    helpful.up <= helpful.total
  );
}

/**
 * validateDataset for a dataset already in memory (read back from storage), checked a review at
 * a time as a streamed file is: the same verdict and the same first error, at a fraction of the
 * cost for a large dataset. Reviews the schema accepts are returned as they are.
 */
export function validateEachReview(input: unknown): Dataset {
  if (!isRecord(input) || !Array.isArray(input.reviews)) return validateDataset(input);
  const { reviews, ...rest } = input;
  const head = validateDataset({ ...rest, reviews: [] });
  const checked: Review[] = new Array<Review>(reviews.length);
  const ids = new Set<string>();
  let duplicate: DatasetValidationError | null = null;
  for (let index = 0; index < reviews.length; index += 1) {
    const value: unknown = reviews[index];
    const review = plainlyValid(value) ? value : checkReview(value, index);
    if (review instanceof DatasetValidationError) throw review;
    if (ids.has(review.id)) duplicate ??= duplicateIdError(review.id, index);
    else ids.add(review.id);
    checked[index] = review;
  }
  if (duplicate) throw duplicate;
  return { ...head, reviews: checked };
}
