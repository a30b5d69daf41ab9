import { writeAuthorDateLine } from './page-lines';
import type { Dataset, Review } from './review-schema';

const count = new Intl.NumberFormat('en-US');

function posterLine(film: Dataset['film']): string {
  return film.year === null ? `${film.title} Poster` : `${film.title} (${film.year}) Poster`;
}

function reviewLines(review: Review): string[] {
  const lines: string[] = [];
  if (review.rating !== null) lines.push(`${review.rating}/10`);
  if (review.title !== null) lines.push(review.title);
  // The page shows author and date on one line; one without the other has no place on it.
  if (review.author !== null && review.date !== null) {
    lines.push(writeAuthorDateLine(review.author, review.date));
  }
  if (review.spoiler) lines.push('Warning: Spoilers');
  lines.push(review.body);
  lines.push(
    `${count.format(review.helpful.up)} out of ${count.format(review.helpful.total)} found this helpful. Was this review helpful? | Report this`,
  );
  // The page's Permalink line carries the id, so an exported page reads back with the same ids.
  lines.push(`Permalink: ${review.id}`);
  return lines;
}

/**
 * Dataset -> the text of a user-reviews page, in the layout the parser reads, so that
 * `parseReviewPage(formatReviewPage(d))` equals `d` for every dataset the page layout can carry.
 */
export function formatReviewPage(dataset: Dataset): string {
  const lines = [posterLine(dataset.film), '', 'User Reviews', ''];
  if (dataset.declaredReviewCount !== null) {
    const n = dataset.declaredReviewCount;
    lines.push(`${count.format(n)} ${n === 1 ? 'Review' : 'Reviews'}`, '');
  }
  for (const review of dataset.reviews) lines.push(...reviewLines(review), '');
  return lines.join('\n');
}
