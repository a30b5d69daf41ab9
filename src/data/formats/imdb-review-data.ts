import { isRecord } from '@/lib/is-record';
import type { Dataset } from '../review-schema';
import { skip } from './build-dataset';
import { bodyOf, parseHtml } from './html-dom';
import { readDate } from './read-date';
import type { ReviewDraft, Skipped } from './reader';

/** What IMDb's own review data says of a film and its reviews, in page order. */
export interface ReviewData {
  film: Dataset['film'] | null;
  total: number | null;
  reviews: DataReview[];
}

/** A review read from data; `hasVotes` is false when the data said nothing of its votes. */
export interface DataReview {
  draft: ReviewDraft;
  hasVotes: boolean;
}

const pick = (value: unknown, ...path: string[]): unknown => {
  let here = value;
  for (const key of path) {
    if (!isRecord(here)) return undefined;
    here = here[key];
  }
  return here;
};

const stringAt = (value: unknown, ...path: string[]): string | null => {
  const found = pick(value, ...path);
  return typeof found === 'string' ? found : null;
};

const countAt = (value: unknown, ...path: string[]): number | null => {
  const found = pick(value, ...path);
  return typeof found === 'number' && Number.isSafeInteger(found) && found >= 0 ? found : null;
};

/** Text that is HTML (`plaidHtml`, with `<br/>`) read as a page shows it, never as markup. */
function htmlText(html: string): string {
  return bodyOf(parseHtml(html));
}

function isReviewNode(value: Record<string, unknown>): boolean {
  const id = value.id ?? value.reviewId;
  return (
    typeof id === 'string' &&
    /^rw\d+$/.test(id) &&
    ('summary' in value || 'reviewSummary' in value || 'text' in value || 'reviewText' in value)
  );
}

/**
 * One review of IMDb's data, in either of the shapes it comes in: the GraphQL API's
 * (`summary.originalText`, `text.originalText.plaidHtml`, `helpfulness`, `author.nickName`) or the
 * reviews page's embedded data (`reviewSummary`, `reviewText`, `helpfulnessVotes`).
 */
function readNode(node: Record<string, unknown>): DataReview | null {
  const id = stringAt(node, 'id') ?? stringAt(node, 'reviewId');
  const title =
    stringAt(node, 'summary', 'originalText') ??
    stringAt(node, 'reviewSummary') ??
    stringAt(node, 'summary');
  const html =
    stringAt(node, 'text', 'originalText', 'plaidHtml') ??
    stringAt(node, 'reviewText') ??
    stringAt(node, 'text', 'originalText', 'plainText') ??
    '';
  const author =
    stringAt(node, 'author', 'nickName') ??
    stringAt(node, 'author', 'username', 'text') ??
    stringAt(node, 'author', 'displayName') ??
    stringAt(node, 'authorName');
  const submitted = stringAt(node, 'submissionDate');
  const rating = countAt(node, 'authorRating');
  const votes = isRecord(node.helpfulness)
    ? node.helpfulness
    : isRecord(node.helpfulnessVotes)
      ? node.helpfulnessVotes
      : null;
  const up = countAt(votes, 'upVotes');
  const down = countAt(votes, 'downVotes');
  if (votes !== null && (up === null || down === null)) return null;
  const spoiler = node.spoiler === true || node.isSpoiler === true;
  const draft: ReviewDraft = {
    id,
    title: title?.trim() ? title.trim() : null,
    author: author?.trim() ? author.trim() : null,
    date: submitted === null ? null : readDate(submitted),
    spoiler,
    body: htmlText(html),
    rating: rating !== null && rating >= 1 && rating <= 10 ? rating : null,
    helpful: up === null || down === null ? { up: 0, total: 0 } : { up, total: up + down },
  };
  return { draft, hasVotes: votes !== null };
}

/**
 * Finds the reviews anywhere in IMDb's data, and the film and the stated count near them.
 * Reviews are recognised by their id (`rw` and digits) with a title or a text beside it, so the
 * reader holds as the data's nesting changes around them.
 */
export function readReviewData(root: unknown, skipped: Skipped[]): ReviewData {
  const reviews: DataReview[] = [];
  let film: Dataset['film'] | null = null;
  let total: number | null = null;
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  // Depth first, children pushed in reverse, so reviews come out in the data's order.
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push(value[i]);
      continue;
    }
    const record = value as Record<string, unknown>;
    if (isReviewNode(record)) {
      const read = readNode(record);
      if (read === null) skip(skipped, 'its votes could not be read');
      else reviews.push(read);
      continue;
    }
    const titleText = stringAt(record, 'titleText', 'text');
    if (film === null && titleText !== null) {
      film = { title: titleText, year: countAt(record, 'releaseYear', 'year') };
    }
    if (total === null) {
      total =
        (isRecord(record.reviews) ? countAt(record, 'reviews', 'total') : null) ??
        countAt(record, 'totalReviews') ??
        countAt(record, 'totalReviewCount');
    }
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i -= 1) stack.push(record[keys[i] ?? '']);
  }
  return { film, total, reviews };
}
