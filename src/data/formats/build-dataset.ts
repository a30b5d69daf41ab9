import { statedRating } from '../page-lines';
import { reviewContentId } from '../review-id';
import type { Dataset, Review } from '../review-schema';
import { UNKNOWN_FILM_TITLE } from '../unknown-film';
import type { ReviewDraft, Skipped } from './reader';

/** Adds `count` cards skipped for `reason` to the list, merging equal reasons. */
export function skip(skipped: Skipped[], reason: string, count = 1): void {
  if (count <= 0) return;
  const same = skipped.find((entry) => entry.reason === reason);
  if (same) same.count += count;
  else skipped.push({ count, reason });
}

/**
 * The dataset of a page's reviews, in page order: each keeps the page's own id when it has one
 * (`rw1234567`), else gets one from its content; a repeated id is told apart by a suffix, and a
 * review read twice under the same page id (a page saved with a card shown twice) is kept once.
 */
export function buildDataset(
  film: Partial<Dataset['film']> | null,
  declaredReviewCount: number | null,
  drafts: readonly ReviewDraft[],
  skipped: Skipped[],
): Dataset {
  const reviews: Review[] = [];
  const used = new Set<string>();
  let repeats = 0;
  for (const draft of drafts) {
    if (draft.id !== null && used.has(draft.id)) {
      repeats += 1;
      continue;
    }
    const base = draft.id ?? reviewContentId(draft);
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    const { title, author, date, spoiler, body, helpful } = draft;
    // As in the page text: a score the reviewer states in their own words, when none is given.
    const rating =
      draft.rating ?? statedRating(body) ?? (title === null ? null : statedRating(title));
    reviews.push({ id, title, author, date, spoiler, body, rating, helpful });
  }
  skip(skipped, 'the same review appeared twice', repeats);
  const title = film?.title?.trim();
  return {
    schemaVersion: 1,
    film: { title: title ? title : UNKNOWN_FILM_TITLE, year: film?.year ?? null },
    declaredReviewCount,
    reviews,
  };
}

/** Splits `The Dark Knight (2008)` into its title and year; a title without a year keeps null. */
export function splitTitleYear(text: string): Dataset['film'] | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return null;
  const match = /^(.*\S)\s*\((?:[A-Za-z ]+ )?(\d{4})(?:[–-](?:\d{4})?\s*)?\)$/.exec(trimmed);
  if (match?.[1] && match[2]) return { title: match[1], year: Number(match[2]) };
  return { title: trimmed, year: null };
}
