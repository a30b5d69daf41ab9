import { formatReviewPage } from './format-review-page';
import { plainDataset } from './plain-review';
import type { Dataset, Review } from './review-schema';

const CSV_COLUMNS = [
  'id',
  'title',
  'author',
  'date',
  'rating',
  'spoiler',
  'helpful_up',
  'helpful_total',
  'body',
  'tone',
  'toneScore',
] as const;

/**
 * The tone inferred from a review's text (`positive`, `mixed`, `negative`) and its score from -1
 * to 1, for the exports: kept apart from the reviewer's own rating. Null where not worked out.
 */
export interface InferredTone {
  tone: string | null;
  toneScore: number | null;
}

const NO_TONE: InferredTone = { tone: null, toneScore: null };

// A cell a spreadsheet would run as a formula (OWASP's "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  // Text that a spreadsheet would take for a formula gets a leading ' inside a quoted cell, as
  // OWASP advises; numbers and booleans are the app's own and stay as they are.
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  // RFC 4180: quote fields holding a quote, comma or line break; double the quotes inside.
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvRow(review: Review, { tone, toneScore }: InferredTone): string {
  return [
    review.id,
    review.title,
    review.author,
    review.date,
    review.rating,
    review.spoiler,
    review.helpful.up,
    review.helpful.total,
    review.body,
    tone,
    toneScore,
  ]
    .map(csvField)
    .join(',');
}

/** The reviews as CSV: UTF-8 with a byte-order mark so spreadsheets read the accents, CRLF rows. */
export function reviewsToCsv(
  reviews: readonly Review[],
  tones: readonly InferredTone[] = [],
): string {
  const rows = reviews.map((review, i) => csvRow(review, tones[i] ?? NO_TONE));
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** A dataset holding just the given reviews, in the given order. */
export function datasetOf(dataset: Dataset, reviews: readonly Review[]): Dataset {
  return { ...dataset, reviews: [...reviews] };
}

/**
 * The dataset as JSON, each review with its inferred tone when `tones` gives it (`tone`, and
 * `toneScore` where the text gave a number): fields the schema leaves aside on import.
 */
export function datasetToJson(dataset: Dataset, tones: readonly InferredTone[] = []): string {
  // Plain copies: a review whose body is kept as bytes has it behind a getter JSON skips.
  const plain = plainDataset(dataset);
  const reviews = plain.reviews.map((review, i) => {
    const { tone, toneScore } = tones[i] ?? NO_TONE;
    if (tone === null) return review;
    return toneScore === null ? { ...review, tone } : { ...review, tone, toneScore };
  });
  return `${JSON.stringify({ ...plain, reviews }, null, 2)}\n`;
}

export function datasetToPageText(dataset: Dataset): string {
  return formatReviewPage(dataset);
}
