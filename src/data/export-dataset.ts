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
] as const;

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

function csvRow(review: Review): string {
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
  ]
    .map(csvField)
    .join(',');
}

/** The reviews as CSV: UTF-8 with a byte-order mark so spreadsheets read the accents, CRLF rows. */
export function reviewsToCsv(reviews: readonly Review[]): string {
  return `\uFEFF${[CSV_COLUMNS.join(','), ...reviews.map(csvRow)].join('\r\n')}\r\n`;
}

/** A dataset holding just the given reviews, in the given order. */
export function datasetOf(dataset: Dataset, reviews: readonly Review[]): Dataset {
  return { ...dataset, reviews: [...reviews] };
}

export function datasetToJson(dataset: Dataset): string {
  // Plain copies: a review whose body is kept as bytes has it behind a getter JSON skips.
  return `${JSON.stringify(plainDataset(dataset), null, 2)}\n`;
}

export function datasetToPageText(dataset: Dataset): string {
  return formatReviewPage(dataset);
}
